import type * as O from "obsidian";

/** Obsidian's Events and Component, with the same lifecycle semantics. */

interface Ref extends O.EventRef {
  events: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx?: unknown;
}

export class Events implements O.Events {
  private handlers = new Map<string, Ref[]>();

  on(name: string, callback: (...data: unknown[]) => unknown, ctx?: unknown): O.EventRef {
    const ref: Ref = { events: this, name, fn: callback, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }
  off(name: string, callback: (...data: unknown[]) => unknown): void {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((r) => r.fn !== callback),
    );
  }
  offref(ref: O.EventRef): void {
    const r = ref as Ref;
    this.handlers.set(
      r.name,
      (this.handlers.get(r.name) ?? []).filter((h) => h !== r),
    );
  }
  trigger(name: string, ...data: unknown[]): void {
    for (const r of [...(this.handlers.get(name) ?? [])]) r.fn.apply(r.ctx, data);
  }
  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const r = evt as Ref;
    r.fn.apply(r.ctx, args);
  }
  /** For tests: how many handlers listen to `name`. */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}

export class Component implements Pick<
  O.Component,
  | "load"
  | "onload"
  | "unload"
  | "onunload"
  | "addChild"
  | "removeChild"
  | "register"
  | "registerEvent"
  | "registerInterval"
> {
  private cleanups: (() => void)[] = [];
  private children: Component[] = [];
  loaded = false;
  loading: Promise<void> = Promise.resolve();

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    // Plugin.onload may be async in Obsidian, which waits for it; tests await `loading`.
    this.loading = Promise.resolve(this.onload() as unknown).then(() => undefined);
    for (const c of this.children) c.load();
  }
  onload(): void {}
  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const c of this.children.splice(0)) c.unload();
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.onunload();
  }
  onunload(): void {}
  addChild<T extends O.Component>(component: T): T {
    this.children.push(component as unknown as Component);
    if (this.loaded) component.load();
    return component;
  }
  removeChild<T extends O.Component>(component: T): T {
    this.children = this.children.filter((c) => c !== (component as unknown as Component));
    component.unload();
    return component;
  }
  register(cb: () => unknown): void {
    this.cleanups.push(() => void cb());
  }
  registerEvent(ref: O.EventRef): void {
    this.register(() => (ref as Ref).events.offref(ref));
  }
  registerDomEvent(el: HTMLElement | Document | Window, type: string, callback: (evt: Event) => unknown): void {
    el.addEventListener(type, callback);
    this.register(() => el.removeEventListener(type, callback));
  }
  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }
}
