import type { StatusTable } from "./table";

/** Russian. `ё` is read as `е`; `*` ends a stem (отказа* is отказали, отказано). */
export const RUSSIAN: StatusTable = {
  language: "Russian",
  matching: "words",
  words: [
    ["интересно", "considering"], // "interesting"
    ["интересует", "considering"], // "of interest"
    ["сохранен*", "considering"], // "saved"
    ["в избранном", "considering"], // "in favourites"
    ["хочу откликнуться", "considering"], // "want to respond": holds откликнуться
    ["черновик", "considering"], // "draft"
    ["отклик*", "applied"], // "responded" (applied on a job board): отклик, откликнулся
    ["откликнул*", "applied"], // "responded"
    ["отправлен*", "applied"], // "sent"
    ["подан*", "applied"], // "filed": подано, подана
    ["резюме отправлено", "applied"], // "CV sent"
    ["собеседован*", "interviewing"], // "interview": собеседование
    ["интервью", "interviewing"], // "interview"
    ["приглашение", "interviewing"], // "invitation" (to an interview)
    ["скрининг", "interviewing"], // "screening"
    ["тестовое", "interviewing"], // "test task"
    ["ожидание ответа", "interviewing"], // "waiting for an answer": after talking to them
    ["жду ответа", "interviewing"], // "waiting for an answer"
    ["оффер", "offer"], // "offer"
    ["предложение", "offer"], // "offer (of a job)"
    ["отказ*", "closed"], // "refusal": отказ, отказали
    ["отклонен*", "closed"], // "rejected"
    ["отозван*", "closed"], // "withdrawn"
    ["не подходит", "closed"], // "not a fit"
    ["нет ответа", "closed"], // "no answer"
    ["игнор", "closed"], // "ignored"
    // "started work": the search is over (not принята, which is also said of an application received)
    ["вышел на работу", "closed"],
    ["в процессе", "open"], // "in process": the stage is in the dates
    ["активн*", "open"], // "active"
  ],
};
