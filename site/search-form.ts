import { ApiRefusal, type ListingsQuery } from './api-client';
import { el } from './dom';
import { strings } from './strings';

/*
 * The search filters: the API's parameters as a form kept in the URL (a search can be bookmarked and
 * shared), inside a collapsible panel whose summary names the filters set, so that on a phone the
 * results start near the top of the screen.
 */

export type Kind = 'job' | 'rental';

/** The GET /listings parameters each kind's form sets, in the form's order (a renamed one fails the typecheck). */
export const FIELDS: Record<Kind, (keyof ListingsQuery)[]> = {
  rental: [
    'q',
    'english',
    'municipality',
    'district',
    'minRent',
    'maxRent',
    'maxMoveInCzk',
    'moveInComplete',
    'reduced',
    'minArea',
    'maxArea',
    'disposition',
    'furnished',
    'pets',
    'maxDistanceKm',
    'postedWithinDays',
    'sort',
  ],
  job: [
    'q',
    'english',
    'municipality',
    'minSalary',
    'czechNotRequired',
    'workplace',
    'employment',
    'profession',
    'maxDistanceKm',
    'postedWithinDays',
    'sort',
  ],
};

const DISPOSITIONS = ['1+kk', '1+1', '2+kk', '2+1', '3+kk', '3+1', '4+kk', '4+1', 'room'];

/** The form's fields for a kind, filled from the URL's parameters. */
export function buildSearchForm(form: HTMLFormElement, kind: Kind, params: URLSearchParams): void {
  const fields = el('div', { class: 'fields' });
  const field = (id: string, label: string, control: HTMLElement, hint?: string) => {
    const hintId = hint ? `${id}-hint` : undefined;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    fields.append(
      el(
        'div',
        { class: 'field' },
        el('label', { for: id }, label),
        control,
        hint ? el('small', { id: hintId!, class: 'hint' }, hint) : undefined,
      ),
    );
  };
  const input = (name: string, label: string, type = 'text', attrs: Record<string, string> = {}, hint?: string) => {
    const id = `f-${name}`;
    const control = el('input', { id, name, type, ...attrs });
    control.value = params.get(name) ?? '';
    field(id, label, control, hint);
  };
  const check = (name: string, label: string, hint?: string) => {
    const id = `f-${name}`;
    const control = el('input', { id, name, type: 'checkbox' });
    control.checked = params.get(name) === 'true';
    if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
    fields.append(
      el(
        'div',
        { class: 'field check' },
        control,
        el('label', { for: id }, label),
        hint ? el('small', { id: `${id}-hint`, class: 'hint' }, hint) : undefined,
      ),
    );
  };
  // `empty: null` for a choice that always has a value (the sort): an explicit undefined would take the default.
  const choice = (name: string, label: string, options: [string, string][], empty: string | null = strings.any) => {
    const id = `f-${name}`;
    const select = el(
      'select',
      { id, name },
      ...(empty === null ? [] : [el('option', { value: '' }, empty)]),
      ...options.map(([value, text]) => el('option', { value }, text)),
    );
    // A value from an old or edited URL that is no option would leave the box blank: show the default instead.
    const wanted = params.get(name);
    select.value =
      wanted !== null && options.some(([value]) => value === wanted) ? wanted : empty === null ? options[0]![0] : '';
    field(id, label, select);
  };
  input('q', strings.words, 'search', {}, kind === 'rental' ? strings.wordsHintRental : strings.wordsHintJob);
  check('english', strings.englishOnly, strings.englishOnlyHint);
  input('municipality', strings.filters.municipality!);
  if (kind === 'rental') {
    input('district', strings.filters.district!);
    input('minRent', strings.filters.minRent!, 'number', { min: '0', step: '500', inputmode: 'numeric' });
    input('maxRent', strings.maxRent, 'number', { min: '0', step: '500', inputmode: 'numeric' });
    input(
      'maxMoveInCzk',
      strings.maxMoveIn,
      'number',
      { min: '0', step: '1000', inputmode: 'numeric' },
      strings.maxMoveInHint,
    );
    check('moveInComplete', strings.moveInComplete);
    check('reduced', strings.reducedOnly, strings.reducedOnlyHint);
    input('minArea', strings.filters.minArea!, 'number', { min: '0', step: '5', inputmode: 'numeric' });
    input('maxArea', strings.filters.maxArea!, 'number', { min: '0', step: '5', inputmode: 'numeric' });
    choice(
      'disposition',
      strings.disposition,
      DISPOSITIONS.map((d) => [d, strings.values.disposition![d] ?? d]),
    );
    choice('furnished', strings.filters.furnished!, Object.entries(strings.values.furnished!));
    check('pets', strings.filters.pets!);
  } else {
    input(
      'minSalary',
      strings.minSalary,
      'number',
      { min: '0', step: '1000', inputmode: 'numeric' },
      strings.minSalaryHint,
    );
    check('czechNotRequired', strings.czechNotRequired, strings.czechNotRequiredHint);
    choice('workplace', strings.filters.workplace!, Object.entries(strings.values.workplace!));
    choice('employment', strings.filters.employment!, Object.entries(strings.values.employment!));
    choice('profession', strings.filters.profession!, Object.entries(strings.values.profession!));
  }
  input('maxDistanceKm', strings.maxDistance, 'number', { min: '0', step: '1', inputmode: 'numeric' });
  input('postedWithinDays', strings.filters.postedWithinDays!, 'number', {
    min: '1',
    max: '365',
    step: '1',
    inputmode: 'numeric',
  });
  const sorts =
    kind === 'rental' ? ['newest', 'price', '-price', 'reduction', 'distance'] : ['newest', 'salary', 'distance'];
  choice(
    'sort',
    strings.sort,
    sorts.map((s) => [s, strings.sorts[s as keyof typeof strings.sorts]]),
    null,
  );
  fields.append(el('button', { type: 'submit' }, strings.search));
  form.replaceChildren(fields);
}

/** The API query for the form's state: empty fields and the default sort left out. */
export function queryFromForm(form: HTMLFormElement, kind: Kind): URLSearchParams {
  const params = new URLSearchParams({ kind });
  for (const name of FIELDS[kind]) {
    const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!control) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) params.set(name, 'true');
    } else if (control.value.trim() !== '' && !(name === 'sort' && control.value === 'newest'))
      params.set(name, control.value.trim());
  }
  return params;
}

/**
 * The filters set, in words, for the panel's summary ("Words: studio · Max rent + fees: 15,000 CZK/month"),
 * or "none" when no filter is set (the sort is not a filter).
 */
export function activeFilters(kind: Kind, params: URLSearchParams): string[] {
  const out: string[] = [];
  for (const name of FIELDS[kind]) {
    const value = params.get(name);
    if (value === null || value === '' || name === 'sort') continue;
    const label = strings.summary[name] ?? name;
    if (value === 'true') out.push(label);
    else {
      const words = strings.values[name === 'disposition' ? 'disposition' : name]?.[value] ?? value;
      out.push(`${label}: ${/^\d+$/.test(value) ? strings.amount(name, Number(value)) : words}`);
    }
  }
  return out;
}

/** What the page says when a search fails: the API's reason for a refused filter (a wrong value in a shared link), else "try again later". */
export function searchFailureText(error: unknown): string {
  return error instanceof ApiRefusal ? strings.refusedFilter(error.message) : strings.error;
}
