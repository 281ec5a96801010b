import { describe } from "vitest";
import { PORTUGUESE } from "../../../../src/core/settings/status-languages/pt";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Portuguese status words", () => {
  statusCases([
    ["Candidatado", "applied"],
    ["Candidatura enviada", "applied"],
    ["Currículo enviado", "applied"],
    ["Curriculo enviado", "applied"], // typed without the accent
    ["Entrevista", "interviewing"],
    ["Entrevista técnica", "interviewing"],
    ["Dinâmica de grupo", "interviewing"],
    ["Aguardando retorno", "interviewing"],
    ["Proposta", "offer"],
    ["Proposta recusada", "closed"], // the refusal over the offer
    ["Reprovado", "closed"],
    ["Rejeitada", "closed"],
    ["Não selecionado", "closed"],
    ["Sem retorno", "closed"],
    ["Contratado", "closed"],
    ["Interessado", "considering"],
    ["Em andamento", "open"],
    ["Em análise", "open"],
    ["São Paulo", undefined],
  ]);
  eachPhraseAlone(PORTUGUESE, "o");
});
