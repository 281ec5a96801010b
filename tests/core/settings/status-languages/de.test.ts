import { describe } from "vitest";
import { GERMAN } from "../../../../src/core/settings/status-languages/de";
import { eachPhraseAlone, statusCases } from "./cases";

describe("German status words", () => {
  statusCases([
    ["Beworben", "applied"],
    ["Bewerbung verschickt", "applied"],
    ["Bewerbung abgeschickt", "applied"],
    ["Eingangsbestätigung", "applied"],
    ["Vorstellungsgespräch", "interviewing"], // a compound: found inside
    ["Bewerbungsgespräch", "interviewing"], // holds Bewerbung and Gespräch: the further stage wins
    ["Zweitgespräch", "interviewing"],
    ["Telefoninterview", "interviewing"],
    ["Eingeladen", "interviewing"],
    ["Rückmeldung ausstehend", "open"],
    // The status list of a public German tracker (meCodeUp/Bewerbungs-Tracker).
    ["Bewerbung gesendet", "applied"],
    ["Warten auf Antwort", "open"],
    ["Nachfragen", "open"],
    ["Zusage", "offer"],
    ["Jobangebot", "offer"],
    ["Absage", "closed"],
    ["Abgelehnt", "closed"],
    ["Angebot abgelehnt", "closed"], // the refusal over the offer
    ["Angebot angenommen", "closed"], // accepted: the search is over
    ["Keine Rückmeldung", "closed"],
    ["Zurückgezogen", "closed"],
    ["Nicht interessiert", "closed"], // holds interessiert
    ["Inaktiv", "closed"], // holds aktiv
    ["Interessant", "considering"],
    ["Noch nicht beworben", "considering"], // holds beworben
    ["laufend", "open"],
    ["In Bearbeitung", "open"],
    ["Aktiv", "open"],
    ["Zwischenbescheid", "open"],
    ["Telefonat vereinbart", "interviewing"],
    ["📨 Beworben", "applied"],
    ["ABSAGE", "closed"],
    // English and German in one value: where they read differently, the further stage wins.
    ["Absage nach Interview", "closed"],
    ["Interview, Zusage erhalten", "offer"],
    ["Interview vereinbart", "interviewing"],
    ["Vollzeit", undefined],
    ["München", undefined],
  ]);
  eachPhraseAlone(GERMAN);
});
