import type * as O from "obsidian";
import { Component } from "./events";
import type { TFile } from "./vault";

/**
 * Bases views (Obsidian 1.10): a base's query result as the view gets it (its entries' files),
 * enough to drive a registered view from tests. The query itself (filters, formulas) is not faked.
 */

export class BasesEntry {
  constructor(public file: TFile) {}
}

export class BasesQueryResult {
  constructor(public data: BasesEntry[]) {}
}

export abstract class BasesView extends Component implements Pick<O.BasesView, "onDataUpdated"> {
  abstract type: string;
  data: BasesQueryResult = new BasesQueryResult([]);
  constructor(public controller: unknown) {
    super();
  }
  abstract onDataUpdated(): void;
  /** For tests: the base's query gives these files. */
  setFiles(files: TFile[]): void {
    this.data = new BasesQueryResult(files.map((f) => new BasesEntry(f)));
    this.onDataUpdated();
  }
}
