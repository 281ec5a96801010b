/**
 * The helpers Obsidian adds to every element (createEl, createDiv, empty, setText, …), installed
 * on a plain DOM (happy-dom in tests). Only what the plugin uses, with Obsidian's semantics.
 */

interface ElOptions {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  href?: string;
  type?: string;
  value?: string;
  placeholder?: string;
}

function apply(el: Element, o: ElOptions | string | undefined): void {
  if (o === undefined) return;
  if (typeof o === "string") {
    el.className = o;
    return;
  }
  if (o.cls) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(" ")).filter(Boolean));
  if (o.text !== undefined) typeof o.text === "string" ? (el.textContent = o.text) : el.append(o.text);
  if (o.attr) for (const [k, v] of Object.entries(o.attr)) if (v !== null && v !== false) el.setAttribute(k, String(v));
  if (o.title) el.setAttribute("title", o.title);
  if (o.href) el.setAttribute("href", o.href);
  if (o.type) el.setAttribute("type", o.type);
  if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
  if (o.placeholder) el.setAttribute("placeholder", o.placeholder);
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function installDomHelpers(win: Window & typeof globalThis): void {
  // On Element, as in Obsidian: SVG elements get the helpers too.
  const proto = win.Element.prototype as unknown as Record<string, unknown>;
  if (proto.createEl) return;
  const doc = win.document;
  function createEl(
    this: HTMLElement | DocumentFragment,
    tag: string,
    o?: ElOptions | string,
    cb?: (el: HTMLElement) => void,
  ): HTMLElement {
    const el = doc.createElement(tag);
    apply(el, o);
    this.appendChild(el);
    cb?.(el);
    return el;
  }
  function createSvg(
    this: Element | DocumentFragment,
    tag: string,
    o?: ElOptions | string,
    cb?: (el: SVGElement) => void,
  ): SVGElement {
    const el: SVGElement = doc.createElementNS(SVG_NS, tag);
    apply(el, o);
    this.appendChild(el);
    cb?.(el);
    return el;
  }
  const helpers: Record<string, unknown> = {
    createEl,
    createSvg,
    createDiv(this: HTMLElement, o?: ElOptions | string, cb?: (el: HTMLElement) => void) {
      return createEl.call(this, "div", o, cb);
    },
    createSpan(this: HTMLElement, o?: ElOptions | string, cb?: (el: HTMLElement) => void) {
      return createEl.call(this, "span", o, cb);
    },
    empty(this: HTMLElement) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    setText(this: HTMLElement, text: string) {
      this.textContent = text;
    },
    addClass(this: HTMLElement, ...cls: string[]) {
      this.classList.add(...cls);
    },
    addClasses(this: HTMLElement, cls: string[]) {
      this.classList.add(...cls);
    },
    removeClass(this: HTMLElement, ...cls: string[]) {
      this.classList.remove(...cls);
    },
    toggleClass(this: HTMLElement, cls: string, on: boolean) {
      this.classList.toggle(cls, on);
    },
    hasClass(this: HTMLElement, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: HTMLElement, name: string, value: string | number | boolean | null) {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    detach(this: HTMLElement) {
      this.remove();
    },
    show(this: HTMLElement) {
      this.style.display = "";
    },
    hide(this: HTMLElement) {
      this.style.display = "none";
    },
    isShown(this: HTMLElement) {
      return this.style.display !== "none";
    },
  };
  // Obsidian's cross-window instanceof, on every Node: an element of a pop-out window is not an
  // instance of the main window's classes, so it also compares by class name.
  (win.Node.prototype as unknown as Record<string, unknown>).instanceOf = function instanceOf(
    this: Node,
    type: abstract new (...args: never[]) => unknown,
  ): boolean {
    return Object.prototype.isPrototypeOf.call(type.prototype, this) || this.constructor.name === type.name;
  };
  for (const [name, fn] of Object.entries(helpers)) {
    proto[name] = fn;
    (win.DocumentFragment.prototype as unknown as Record<string, unknown>)[name] ??= fn;
  }
  const g = win as unknown as Record<string, unknown>;
  g.createEl = (tag: string, o?: ElOptions | string, cb?: (el: HTMLElement) => void) => {
    const el = doc.createElement(tag);
    apply(el, o);
    cb?.(el);
    return el;
  };
  g.createSvg = (tag: string, o?: ElOptions | string, cb?: (el: SVGElement) => void) => {
    const el: SVGElement = doc.createElementNS(SVG_NS, tag);
    apply(el, o);
    cb?.(el);
    return el;
  };
  g.createDiv = (o?: ElOptions | string) =>
    (g.createEl as (t: string, o?: ElOptions | string) => HTMLElement)("div", o);
  g.createFragment = (cb?: (f: DocumentFragment) => void) => {
    const f = doc.createDocumentFragment();
    cb?.(f);
    return f;
  };
  g.activeDocument = doc;
  g.activeWindow = win;
}
