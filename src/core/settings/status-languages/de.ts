import type { StatusTable } from "./table";

/** German. Compounds are found inside longer words: Bewerbungsgespräch, Telefoninterview, Jobangebot. */
export const GERMAN: StatusTable = {
  language: "German",
  matching: "compounds",
  words: [
    ["interessant", "considering"], // "interesting": noted, not applied
    ["interessiert", "considering"], // "interested"
    ["vorgemerkt", "considering"], // "earmarked"
    ["gemerkt", "considering"], // "bookmarked"
    ["merkliste", "considering"], // "watch list"
    ["zu bewerben", "considering"], // "to apply to"
    ["noch nicht beworben", "considering"], // "not applied yet": holds "beworben"
    ["bewerbung geplant", "considering"], // "application planned"
    ["entwurf", "considering"], // "draft"
    ["beworben", "applied"], // "applied (for)"
    ["bewerbung", "applied"], // "application": said of one that went out
    ["versendet", "applied"], // "sent"
    ["verschickt", "applied"], // "sent off"
    ["abgeschickt", "applied"], // "sent off"
    ["gesendet", "applied"], // "sent"
    ["eingereicht", "applied"], // "submitted"
    ["eingangsbestätigung", "applied"], // "acknowledgement of receipt": applied, nothing more
    ["gespräch", "interviewing"], // "talk": Vorstellungs-, Bewerbungs-, Erst-, Zweitgespräch
    ["interview", "interviewing"], // Telefoninterview, Videointerview
    ["telefonat", "interviewing"], // "phone call" with them
    ["einladung", "interviewing"], // "invitation" (to an interview)
    ["eingeladen", "interviewing"], // "invited"
    ["probearbeit", "interviewing"], // "trial day"
    ["assessment", "interviewing"], // Assessment-Center
    ["fallstudie", "interviewing"], // "case study"
    ["rückmeldung ausstehend", "open"], // "feedback outstanding": after applying or after talking
    ["warten auf rückmeldung", "open"], // "waiting for feedback"
    ["warten auf antwort", "open"], // "waiting for an answer": set two days after applying, in some trackers
    ["nachfragen", "open"], // "to follow up": waiting, the follow-up is the owner's reminder
    ["angebot", "offer"], // "offer": Jobangebot, Vertragsangebot
    ["zusage", "offer"], // "commitment" from the employer: the offer
    ["vertrag", "offer"], // "contract" (to sign)
    ["absage", "closed"], // "rejection"
    ["abgesagt", "closed"], // "called off"
    ["abgelehnt", "closed"], // "turned down": by either side
    ["zurückgezogen", "closed"], // "withdrawn"
    ["keine rückmeldung", "closed"], // "no reply": holds "rückmeldung"
    ["keine antwort", "closed"], // "no answer"
    ["nicht interessiert", "closed"], // "not interested": holds "interessiert"
    ["verworfen", "closed"], // "discarded"
    ["angenommen", "closed"], // "accepted": the search is over
    ["unterschrieben", "closed"], // "signed"
    ["eingestellt", "closed"], // "hired"
    ["inaktiv", "closed"], // "inactive": holds "aktiv"
    ["laufend", "open"], // "ongoing": the stage is in the dates
    ["in bearbeitung", "open"], // "being processed"
    ["zwischenbescheid", "open"], // "interim notice": still being decided
    ["offen", "open"], // "open"
    ["aktiv", "open"], // "active"
  ],
};
