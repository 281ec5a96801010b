import { Plugin } from "obsidian";

/** Placeholder until the plugin issue lands: the build must already produce main.js. */
export default class JobSearchJournalPlugin extends Plugin {
  override onload(): void {
    // Registration of views and commands arrives with the plugin issue.
  }
}
