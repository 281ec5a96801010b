import { Notice } from "obsidian";

/** A button in a notice: its label, what it does, and whether it is the call to action. */
export interface NoticeButton {
  label: string;
  run: () => void;
  cta?: true;
}

/**
 * A notice with buttons, kept up long enough to use them; a click hides it, then acts. The
 * daily nudge's and the board's (Undo, what a move implies, Move anyway).
 */
export function noticeWithButtons(text: string, textCls: string, buttons: NoticeButton[], duration = 10_000): void {
  const message = createFragment();
  message.createSpan({ text, cls: textCls });
  let notice: Notice | undefined;
  for (const b of buttons)
    message
      .createEl("button", { text: b.label, cls: b.cta ? "mod-cta" : "jsj-notice-action" })
      .addEventListener("click", () => {
        notice?.hide();
        b.run();
      });
  notice = new Notice(message, duration);
}
