import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { FollowUpModel } from "../model";

/** A view that holds no state of its own: it draws the model when it opens and when it changes. */
export abstract class ModelView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    protected readonly model: FollowUpModel,
    private readonly meta: { type: string; title: string; icon: string },
  ) {
    super(leaf);
  }

  getViewType(): string {
    return this.meta.type;
  }

  getDisplayText(): string {
    return this.meta.title;
  }

  override getIcon(): string {
    return this.meta.icon;
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.model.on("updated", () => this.render()));
    this.render();
    await Promise.resolve();
  }

  abstract render(): void;
}
