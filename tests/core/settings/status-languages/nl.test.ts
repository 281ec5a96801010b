import { describe } from "vitest";
import { DUTCH } from "../../../../src/core/settings/status-languages/nl";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Dutch status words", () => {
  statusCases([
    ["Gesolliciteerd", "applied"],
    ["Sollicitatie verstuurd", "applied"],
    ["Sollicitatiegesprek", "interviewing"], // holds sollicitatie and gesprek: the further stage wins
    ["Tweede gesprek", "interviewing"],
    ["Uitgenodigd", "interviewing"],
    ["Aanbod", "offer"],
    ["Baanaanbod", "offer"],
    ["Afgewezen", "closed"],
    ["Teruggetrokken", "closed"],
    ["Geen reactie", "closed"],
    ["Aangenomen", "closed"],
    ["Interessant", "considering"],
    ["Nog niet gesolliciteerd", "considering"], // holds gesolliciteerd
    ["Lopend", "open"],
    ["In behandeling", "open"],
    ["In afwachting", "open"],
    ["Amsterdam", undefined],
  ]);
  eachPhraseAlone(DUTCH);
});
