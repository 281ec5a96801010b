import type { StatusTable } from "./table";

/** Dutch. Compounds are found inside longer words: sollicitatiegesprek, sollicitatiebrief. */
export const DUTCH: StatusTable = {
  language: "Dutch",
  matching: "compounds",
  words: [
    ["interessant", "considering"], // "interesting"
    ["geïnteresseerd", "considering"], // "interested"
    ["te solliciteren", "considering"], // "to apply to"
    ["nog solliciteren", "considering"], // "still to apply"
    ["nog niet gesolliciteerd", "considering"], // "not applied yet": holds "gesolliciteerd"
    ["bewaard", "considering"], // "saved"
    ["concept", "considering"], // "draft"
    ["gesolliciteerd", "applied"], // "applied"
    ["sollicitatie", "applied"], // "application"
    ["verstuurd", "applied"], // "sent"
    ["verzonden", "applied"], // "sent"
    ["ingediend", "applied"], // "submitted"
    ["gesprek", "interviewing"], // "talk": sollicitatiegesprek, tweede gesprek
    ["interview", "interviewing"], // as in English
    ["uitnodiging", "interviewing"], // "invitation"
    ["uitgenodigd", "interviewing"], // "invited"
    ["assessment", "interviewing"], // as in English
    ["wacht op reactie", "interviewing"], // "waiting for a reply"
    ["aanbod", "offer"], // "offer": baanaanbod
    ["arbeidsvoorwaarden", "offer"], // "terms of employment": the offer being settled
    ["afgewezen", "closed"], // "rejected"
    ["afwijzing", "closed"], // "rejection"
    ["teruggetrokken", "closed"], // "withdrawn"
    ["geen reactie", "closed"], // "no reply"
    ["niet geïnteresseerd", "closed"], // "not interested": holds "geïnteresseerd"
    ["aangenomen", "closed"], // "hired": the search is over
    ["geaccepteerd", "closed"], // "accepted"
    ["lopend", "open"], // "ongoing"
    ["in behandeling", "open"], // "being handled"
    ["in afwachting", "open"], // "awaiting" (a reply)
    ["actief", "open"], // "active"
  ],
};
