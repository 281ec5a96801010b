import { describe } from "vitest";
import { RUSSIAN } from "../../../../src/core/settings/status-languages/ru";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Russian status words", () => {
  statusCases([
    ["Отклик отправлен", "applied"],
    ["Откликнулся", "applied"],
    ["Резюме отправлено", "applied"],
    ["Собеседование", "interviewing"],
    ["Техническое собеседование", "interviewing"],
    ["Тестовое задание", "interviewing"],
    ["Ожидание ответа", "interviewing"],
    ["Оффер", "offer"],
    ["Отказ", "closed"],
    ["Отказали", "closed"],
    ["Отклонено", "closed"],
    ["Нет ответа", "closed"],
    ["Хочу откликнуться", "considering"], // holds откликнуться
    ["Сохранено", "considering"],
    ["Сохранёно", "considering"], // ё is read as е
    ["В процессе", "open"],
    ["Приглашение на собеседование", "interviewing"],
    ["Заявка принята", undefined], // received, not accepted: nothing says how far
    ["Москва", undefined],
  ]);
  eachPhraseAlone(RUSSIAN, "о");
});
