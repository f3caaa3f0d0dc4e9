import { foldText } from '../text/fold-text';

export interface Disposition {
  disposition: string;
  rooms?: number;
  propertyType?: 'flat' | 'room';
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The Czech layout from what portals write: "2+kk", "2 + KK", "3+1", "DISP_2_KK" (bezrealitky),
 * "twoPlusKk" / "sixAndMore" (ulovdomov), "garsoniéra" (1+kk), "atypický", "pokoj" / "ROOM"; seven rooms
 * or more ("DISP_7_KK", "8+1") become "6+".
 * Undefined when it is not one of these.
 */
export function normaliseDisposition(value: string | undefined | null): Disposition | undefined {
  if (!value) return undefined;
  const raw = value.trim();
  const camel = /^(one|two|three|four|five|six)Plus(Kk|One)$/i.exec(raw);
  if (camel) return layout(WORD_NUMBERS[camel[1]!.toLowerCase()]!, camel[2]!.toLowerCase() === 'kk' ? 'kk' : '1');
  if (/^sixAndMore$/i.test(raw)) return { disposition: '6+', rooms: 6 };
  const code = /^DISP_(\d{1,2})_(KK|1)$/i.exec(raw);
  if (code) return layout(Number(code[1]), code[2]!.toLowerCase() === 'kk' ? 'kk' : '1');
  const text = foldText(raw);
  // A room let in a flat names the flat's layout too ("Pokoj v bytě 3+1", "Spolubydlení ve 4+kk"): a room.
  if (/(?:^|[^\p{L}])(?:pronajem pokoje|pokoj(?:e)? ve? |spolubydl)/u.test(text))
    return { disposition: 'room', rooms: 1, propertyType: 'room' };
  // Two layouts offered side by side ("2+kk nebo 3+kk", "bytů 2+kk a 3+kk", "1+1, 2+1") state no one layout.
  const two =
    /(?:^|[^\d])([1-9]\d?)\s*\+\s*(kk|1)\s*(?:,|\/|-|–|&|\b(?:nebo|or|a|and)\b)\s*([1-9]\d?)\s*\+\s*(kk|1)(?![\d])/.exec(
      text,
    );
  if (two && `${two[1]}+${two[2]}` !== `${two[3]}+${two[4]}`) return undefined;
  const plain = /(?:^|[^\d])([1-9]\d?)\s*\+\s*(kk|1)(?![\d])/.exec(text);
  if (plain) return layout(Number(plain[1]), plain[2] as 'kk' | '1');
  if (/(^|[^\d])6\s*\+(\s|$)|6 a vice/.test(text)) return { disposition: '6+', rooms: 6 };
  if (/garsonier|garsonk|studio/.test(text)) return layout(1, 'kk');
  if (/^(disp_)?room$|pokoj|spolubydl/.test(text)) return { disposition: 'room', rooms: 1, propertyType: 'room' };
  if (/atyp|^(disp_)?other$/.test(text)) return { disposition: 'atypical' };
  return undefined;
}

/** Seven rooms or more are one class, "6+" (the portals' own top bucket: sreality 12, ulovdomov sixAndMore). */
function layout(rooms: number, kitchen: 'kk' | '1'): Disposition {
  if (rooms >= 7) return { disposition: '6+', rooms };
  return { disposition: `${rooms}+${kitchen}`, rooms };
}
