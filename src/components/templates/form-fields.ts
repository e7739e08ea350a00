/**
 * The form's controls, built by its script from the field definitions (src/lib/templates/fields.ts)
 * for the fields a paper shows: one fieldset per group, each field a label, its hint and its control.
 * The form needs its script to make a file, so its controls come with the script rather than with
 * the page, which stays light until the person reaches the form. Elements only, no markup strings.
 */
import type { TemplateField } from '../../schemas/template';
import { fieldGroups, fields, numberHint, topicOtherName, type FieldGroup, type FieldInput } from '../../lib/templates/fields';

/** The id of a field's control ("o-chu-tri"), of its hint ("o-chu-tri-goi-y"). */
export const controlId = (field: string): string => `o-${field}`;
const hintId = (field: string): string => `${controlId(field)}-goi-y`;

/** Kinds of field typed as digits. */
const numeric = new Set<FieldInput>(['count', 'number', 'year', 'month']);

/** An element with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A label, the hint under it (named in the control's description), and the control. */
function labelled(field: string, label: string, hint: string | undefined, control: HTMLElement): HTMLElement[] {
  if (hint) control.setAttribute('aria-describedby', hintId(field));
  return [el('label', { for: controlId(field) }, label), ...(hint ? [el('p', { class: 'hint', id: hintId(field) }, hint)] : []), control];
}

/** A select with only its "(chưa chọn)" option; the script adds the year's lists to it. */
const emptySelect = (attributes: Record<string, string | undefined>): HTMLSelectElement =>
  el('select', attributes, el('option', { value: '' }, '(chưa chọn)'));

/** The topic field: a choice from the year's lists, or a name typed, which wins. */
function topicField(field: TemplateField): HTMLElement {
  return el(
    'fieldset',
    { class: 'field topic' },
    el('legend', {}, fields[field].label),
    ...labelled(field, 'Chọn trong danh sách chuyên đề', undefined, emptySelect({ id: controlId(field), name: field, 'data-kind': 'topic' })),
    ...labelled(
      topicOtherName,
      'Hoặc gõ tên chuyên đề',
      'Khi ô này có chữ, văn bản dùng tên này.',
      el('textarea', { id: controlId(topicOtherName), name: topicOtherName, rows: '2', 'data-kind': 'text' }),
    ),
  );
}

/** The year plan's choice of a list, which fills each quarter. */
function planPicker(): HTMLElement {
  return el(
    'div',
    { class: 'field' },
    ...labelled(
      'danh-sach',
      'Lấy chuyên đề từ danh sách của cấp ủy cấp trên',
      'Chọn một danh sách: mỗi quý được điền sẵn một chuyên đề (theo quý, tháng danh sách ghi, nếu không thì theo thứ tự). Sửa lại được ở các ô dưới.',
      emptySelect({ id: controlId('danh-sach'), 'data-plan-picker': '' }),
    ),
  );
}

/** One field: its label, hint and control of the kind its definition says. */
function field(id: TemplateField, symbol: string | undefined): HTMLElement {
  const def = fields[id];
  if (def.input === 'topic') return topicField(id);
  const hint = id === 'so' && symbol ? numberHint(symbol) : def.hint;
  const control =
    def.input === 'textarea'
      ? el('textarea', { id: controlId(id), name: id, rows: '3', 'data-kind': 'textarea' })
      : el('input', {
          id: controlId(id),
          name: id,
          type: def.input === 'date' || def.input === 'time' ? def.input : 'text',
          'data-kind': def.input === 'text' ? undefined : def.input,
          inputmode: numeric.has(def.input) ? 'numeric' : undefined,
        });
  return el('div', { class: 'field' }, ...labelled(id, def.label, hint, control));
}

/**
 * The fieldsets for `use` (the fields a paper shows, in the form's order), grouped as fields.ts
 * groups them; a year plan's group starts with the choice of a list.
 */
export function fieldsets(use: readonly TemplateField[], symbol?: string): HTMLFieldSetElement[] {
  return (Object.keys(fieldGroups) as FieldGroup[]).flatMap((group) => {
    const items = use.filter((f) => fields[f].group === group);
    if (items.length === 0) return [];
    const planned = group === 'ke-hoach' && items.includes('chuyen-de-quy-1');
    return [el('fieldset', {}, el('legend', {}, fieldGroups[group]), ...(planned ? [planPicker()] : []), ...items.map((f) => field(f, symbol)))];
  });
}
