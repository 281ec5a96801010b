import { describe } from "vitest";
import { ITALIAN } from "../../../../src/core/settings/status-languages/it";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Italian status words", () => {
  statusCases([
    ["Candidatura inviata", "applied"],
    ["Candidato", "applied"],
    ["CV inviato", "applied"],
    ["Colloquio", "interviewing"],
    ["Primo colloquio", "interviewing"],
    ["Colloqui", "interviewing"],
    ["In attesa di risposta", "interviewing"],
    ["Offerta", "offer"],
    ["Offerta rifiutata", "closed"], // the refusal over the offer
    ["Scartato", "closed"],
    ["Non selezionata", "closed"],
    ["Nessuna risposta", "closed"],
    ["Assunto", "closed"],
    ["Da candidare", "considering"],
    ["Interessato", "considering"],
    ["In corso", "open"],
    ["In valutazione", "open"],
    ["Milano", undefined],
  ]);
  eachPhraseAlone(ITALIAN, "o");
});
