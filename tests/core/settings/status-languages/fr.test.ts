import { describe } from "vitest";
import { FRENCH } from "../../../../src/core/settings/status-languages/fr";
import { eachPhraseAlone, statusCases } from "./cases";

describe("French status words", () => {
  statusCases([
    ["Candidature envoyée", "applied"],
    ["Candidature envoyee", "applied"], // typed without the accent
    ["Postulé", "applied"],
    ["Postulée", "applied"],
    ["Entretien", "interviewing"],
    ["2e entretien", "interviewing"],
    ["Entretien RH", "interviewing"],
    ["Test technique", "interviewing"],
    ["En attente de réponse", "interviewing"],
    ["Offre", "offer"],
    ["Promesse d'embauche", "offer"],
    ["Promesse d’embauche", "offer"], // a typographic apostrophe
    ["Refus", "closed"],
    ["Refusée", "closed"],
    ["Candidature refusée", "closed"], // the refusal over the application
    ["Entretien annulé", "closed"],
    ["Non retenue", "closed"],
    ["Offre acceptée", "closed"], // the search is over
    ["Sans réponse", "closed"],
    ["À postuler", "considering"],
    ["a postuler", "considering"],
    ["Candidature à envoyer", "considering"], // holds candidature
    ["Intéressée", "considering"],
    ["En cours", "open"],
    ["EN COURS", "open"],
    ["En attente", "open"],
    ["Relancée", "open"],
    ["Convoqué en entretien", "interviewing"],
    ["Télétravail", undefined],
    ["Paris", undefined],
    ["Offres", undefined], // a stem is marked with *; offre is a whole word
  ]);
  eachPhraseAlone(FRENCH, "e");
});
