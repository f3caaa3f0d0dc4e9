// C0/C1 control characters other than tab and newline.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/**
 * A form field as plain text: tags (and what script and style elements hold) removed, control and
 * invisible formatting characters dropped, whitespace tidied. Whatever is left is rendered as text.
 */
export function sanitiseText(value: string, options: { multiline?: boolean } = {}): string {
  const withoutMarkup = value
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(CONTROL, '');
  const lines = withoutMarkup.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return options.multiline ? lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() : lines.join(' ').trim();
}
