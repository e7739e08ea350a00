/**
 * <template-form>: fills a template in on the page. Restores and saves what is typed
 * (localStorage, on this device only), chooses the topic a link names (`?chuyen-de=<year>/<id>`),
 * fills a year plan's quarters from a chosen list, mirrors it all in the preview, checks numbers,
 * and on "Tải về" loads the Word builder (only then) and hands the person a filled-in .docx made in
 * the browser.
 */
import workerUrl from './docx-worker?worker&url';
import type { DocxRequest, DocxResponse } from './docx-worker';
import { DOCX_TYPE } from '../../lib/docx/mime';
import type { FieldInput } from '../../lib/templates/fields';
import type { ResolvedTemplate } from '../../lib/templates/resolve';
import { browserStorage } from '../../lib/storage';
import { clearValues, loadValues, saveValues } from '../../lib/templates/storage';
import { validateValues, type FieldError } from '../../lib/templates/validate';
import type { PaperValue } from '../../lib/templates/layout';
import { TOPIC_PARAM, type QuarterPlan, type TopicChoice } from '../../lib/templates/topic-plan';
import { parseDate, shownValue, type FormValues, type ValuePart } from '../../lib/templates/values';
import { fieldsets } from './form-fields';
import { formatKilobytes } from '../../lib/text';
import { offerFile } from '../offer-file';
import type { TemplateField } from '../../schemas/template';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Builds the file in a worker started for this request; the Word builder loads only now. */
function buildInWorker(request: DocxRequest): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl);
    const done = (): void => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<DocxResponse>) => {
      done();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      done();
      reject(new Error(event.message || 'lỗi khi tạo tệp'));
    });
    worker.postMessage(request);
  });
}

class TemplateForm extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #summary!: HTMLElement;
  #store = browserStorage() ?? undefined;
  #busy = false;

  connectedCallback(): void {
    const section = this.querySelector<HTMLElement>('.tpl-form');
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const summary = this.querySelector<HTMLElement>('.error-summary');
    if (!section || !form || !status || !summary) return;
    this.#form = form;
    this.#status = status;
    this.#summary = summary;
    form.querySelector('[data-fields]')?.replaceChildren(...fieldsets((this.dataset.fields ?? '').split(' ').filter(Boolean) as TemplateField[], this.dataset.symbol));
    void this.#restore(section);

    form.addEventListener('input', (event) => this.#changed(event.target));
    form.addEventListener('change', (event) => this.#changed(event.target));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#download();
    });
    form.querySelector('[data-clear]')?.addEventListener('click', () => this.#clear());
    form.querySelector('[data-plan-picker]')?.addEventListener('change', (event) => this.#plan(event.target));
  }

  /** Offers the topic lists (when the form asks for a topic), restores what was typed, then shows the form. */
  async #restore(section: HTMLElement): Promise<void> {
    await this.#offerTopics();
    this.#fill(loadValues(this.#store, this.dataset.id));
    this.#chooseLinkedTopic();
    this.#preview();
    section.hidden = false;
  }

  /**
   * Fetches the year's topic lists (data-topics) and adds them as options: each list's topics to the
   * topic field, each list to the year plan's choice. Without them the person still types the topic.
   */
  async #offerTopics(): Promise<void> {
    if (!this.dataset.topics) return;
    let choices: TopicChoice[];
    try {
      const response = await fetch(this.dataset.topics);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      choices = (await response.json()) as TopicChoice[];
    } catch {
      this.#status.textContent = 'Không tải được danh sách chuyên đề; bạn vẫn gõ được tên chuyên đề vào ô của nó.';
      return;
    }
    const option = (value: string, label: string): HTMLOptionElement => {
      const element = document.createElement('option');
      element.value = value;
      element.textContent = label;
      return element;
    };
    const topic = this.#form.querySelector<HTMLSelectElement>('select[name="chuyen-de"]');
    const picker = this.#form.querySelector<HTMLSelectElement>('[data-plan-picker]');
    for (const choice of choices) {
      if (topic) {
        const group = document.createElement('optgroup');
        group.label = choice.label;
        for (const t of choice.topics) {
          const element = option(t.title, t.title);
          element.dataset.key = t.key;
          group.append(element);
        }
        topic.append(group);
      }
      if (picker) {
        const element = option(choice.key, `${choice.label}: ${choice.issuer}`);
        element.dataset.plan = JSON.stringify(choice.plan);
        picker.append(element);
      }
    }
  }

  /** Sets a control by name and reports whether it exists. */
  #set(name: string, value: string): boolean {
    const control = this.#form.elements.namedItem(name);
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) return false;
    control.value = value;
    return true;
  }

  /** Chooses the topic the page's link names (the year page links each topic here); says so, or that it was not found. */
  #chooseLinkedTopic(): void {
    const key = new URLSearchParams(location.search).get(TOPIC_PARAM);
    const select = this.#form.querySelector<HTMLSelectElement>('select[name="chuyen-de"]');
    if (!key || !select) return;
    const option = [...select.options].find((o) => o.dataset.key === key);
    if (!option) {
      this.#status.textContent = `Không thấy chuyên đề “${key}” trong danh sách; hãy chọn hoặc gõ tên chuyên đề.`;
      return;
    }
    select.value = option.value;
    // A name typed earlier would win over the list; the link names the topic to use.
    this.#set('chuyen-de-khac', '');
    saveValues(this.#store, this.#values(), this.dataset.id);
    this.#status.textContent = `Đã chọn chuyên đề “${option.value}”.`;
  }

  /** Fills a year plan from the chosen list: the year, and each quarter's topic and month. */
  #plan(target: EventTarget | null): void {
    if (!(target instanceof HTMLSelectElement)) return;
    const data = target.selectedOptions[0]?.dataset.plan;
    if (!data) return;
    const plan = JSON.parse(data) as QuarterPlan;
    this.#set('nam-ke-hoach', String(plan.year));
    plan.quarters.forEach((quarter, index) => {
      this.#set(`chuyen-de-quy-${index + 1}`, quarter.topic);
      this.#set(`thang-quy-${index + 1}`, quarter.month ? String(quarter.month) : '');
    });
    this.#changed(null);
  }

  get #controls(): Control[] {
    return [...this.#form.querySelectorAll<Control>('input[name], select[name], textarea[name]')];
  }

  /** Kind of each control, for validation. */
  get #inputs(): Record<string, FieldInput> {
    return Object.fromEntries(this.#controls.map((c) => [c.name, (c.dataset.kind ?? 'text') as FieldInput]));
  }

  #values(): FormValues {
    return Object.fromEntries(this.#controls.map((c) => [c.name, c.value]));
  }

  #fill(values: FormValues): void {
    for (const control of this.#controls) {
      const value = values[control.name] ?? '';
      if (control instanceof HTMLSelectElement && value && ![...control.options].some((o) => o.value === value)) {
        // A topic saved from another year's list: keep it as typed text.
        const other = this.#form.elements.namedItem('chuyen-de-khac');
        if (other instanceof HTMLTextAreaElement && !other.value) other.value = value;
        continue;
      }
      control.value = value;
    }
  }

  #changed(target: EventTarget | null): void {
    const values = this.#values();
    saveValues(this.#store, values, this.dataset.id);
    this.#preview(values);
    // Once a field has been flagged, check it again as the person corrects it.
    if (target instanceof HTMLElement && target.getAttribute('aria-invalid') === 'true') this.#show(validateValues(values, this.#inputs), false);
  }

  /** Writes the values into the preview's spans, by the rule the Word file follows (shownValue). */
  #preview(values = this.#values()): void {
    for (const span of document.querySelectorAll<HTMLElement>('[data-preview] [data-f]')) {
      const { f, p, at, b } = span.dataset;
      const value: PaperValue = {
        f: f as TemplateField,
        ...(p ? { p: p as ValuePart } : {}),
        ...(at ? { at: Number(at) } : {}),
        ...(b ? { blank: b } : {}),
        ...(span.classList.contains('end') ? { end: true } : {}),
      };
      const shown = shownValue(value, values);
      span.textContent = shown.text;
      span.classList.toggle('filled', shown.filled);
    }
  }

  /**
   * Shows a field's error under it, or hides it: the message box (`#o-<field>-loi`) is made the first
   * time it is needed, and named in the control's description only while it shows.
   */
  #message(control: Control, message: string | undefined): void {
    const id = `o-${control.name}-loi`;
    let box = this.querySelector<HTMLElement>(`#${id}`);
    if (!box && !message) return;
    if (!box) {
      box = document.createElement('p');
      box.className = 'field-error';
      box.id = id;
      // The box goes at the end of the field, or of the topic's fieldset.
      (control.closest('.field') ?? control.parentElement)?.append(box);
    }
    box.textContent = message ?? '';
    box.hidden = !message;
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
    if (message) described.push(id);
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }

  /** Marks fields in error, or clears them; with `summary`, also fills the summary and moves focus. */
  #show(errors: FieldError[], summary = true): void {
    const byField = new Map(errors.map((e) => [e.field, e.message]));
    for (const control of this.#controls) {
      const message = byField.get(control.name);
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      this.#message(control, message);
    }
    if (!summary) {
      if (errors.length === 0) this.#summary.hidden = true;
      return;
    }
    const text = this.#summary.querySelector('[data-summary]');
    if (text) text.textContent = errors.length ? `Chưa tạo tệp: có ${errors.length} ô cần sửa (ghi ngay dưới ô).` : '';
    this.#summary.hidden = errors.length === 0;
    if (errors.length) this.#form.querySelector<Control>(`[name="${errors[0].field}"]`)?.focus();
  }

  async #download(): Promise<void> {
    if (this.#busy) return;
    const values = this.#values();
    const errors = validateValues(values, this.#inputs);
    this.#show(errors);
    if (errors.length > 0) {
      this.#status.textContent = '';
      return;
    }
    this.#busy = true;
    this.#status.textContent = 'Đang tạo tệp…';
    try {
      const response = await fetch(this.dataset.src ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const template = (await response.json()) as ResolvedTemplate;
      const bytes = await buildInWorker({ template, values });
      // The file is named by the date its header shows (the meeting's, or the paper's own).
      const date = parseDate(values[template.date]) ? values[template.date] : '';
      const name = `${this.dataset.id}${date ? `-${date}` : ''}.docx`;
      offerFile(bytes, name, DOCX_TYPE);
      this.#status.textContent = `Đã tạo tệp ${name} (${formatKilobytes(bytes.byteLength)}).`;
    } catch (error) {
      this.#status.textContent = `Không tạo được tệp (${error instanceof Error ? error.message : String(error)}). Hãy kiểm tra kết nối rồi thử lại.`;
    } finally {
      this.#busy = false;
    }
  }

  #clear(): void {
    if (!window.confirm('Xóa mọi dữ liệu đã nhập vào các mẫu trên máy này?')) return;
    clearValues(this.#store);
    this.#form.reset();
    for (const control of this.#controls) control.value = '';
    this.#show([], false);
    this.#summary.hidden = true;
    this.#preview({});
    this.#status.textContent = 'Đã xóa dữ liệu đã nhập trên máy này.';
  }
}

customElements.define('template-form', TemplateForm);
