import { foldAccents } from "../settings/status-languages/table";

/**
 * Property names in other languages, as the English words the name rules know (suggest-names.ts):
 * `Firma` is company, `Beworben am` is applied on, `面接日` is interview date. Each line is a word
 * as people name a property in that language; accents may be typed or not.
 */
const NAME_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // German
    firma: "company",
    unternehmen: "company",
    arbeitgeber: "employer",
    stelle: "position",
    rolle: "role",
    jobtitel: "job title",
    datum: "date",
    beworben: "applied",
    bewerbungsdatum: "application date",
    am: "on",
    gesprach: "interview",
    gesprachstermin: "interview date",
    vorstellungsgesprach: "interview",
    interviewtermin: "interview date",
    ansprechpartner: "contacts",
    ansprechpartnerin: "contacts",
    gesprachspartner: "interviewers",
    kontakt: "contacts",
    kontakte: "contacts",
    frist: "deadline",
    entscheidung: "decision",
    antwort: "reply",
    ruckmeldung: "reply",
    nachgefasst: "follow up",
    stand: "status",
    runde: "round",
    gehalt: "salary",
    ort: "location",
    standort: "location",
    quelle: "source",
    referenzen: "references",
    dankesmail: "thank you",
    bedankt: "thanked",
    // French
    entreprise: "company",
    societe: "company",
    employeur: "employer",
    poste: "position",
    intitule: "title",
    candidature: "applied",
    postule: "applied",
    entretien: "interview",
    entrevue: "interview",
    recruteur: "recruiter",
    interlocuteurs: "interviewers",
    statut: "status",
    etat: "status",
    etape: "stage",
    relance: "follow up",
    reponse: "reply",
    echeance: "deadline",
    remerciement: "thank you",
    salaire: "salary",
    lieu: "location",
    // Spanish and Portuguese
    empresa: "company",
    compania: "company",
    puesto: "position",
    cargo: "position",
    vaga: "position",
    rol: "role",
    fecha: "date",
    postulacion: "applied",
    entrevista: "interview",
    entrevistadores: "interviewers",
    contacto: "contacts",
    contactos: "contacts",
    contato: "contacts",
    contatos: "contacts",
    estado: "status",
    situacao: "status",
    etapa: "stage",
    seguimiento: "follow up",
    respuesta: "reply",
    resposta: "reply",
    retorno: "reply",
    plazo: "deadline",
    prazo: "deadline",
    referencias: "references",
    salario: "salary",
    ubicacion: "location",
    // Italian
    azienda: "company",
    ruolo: "role",
    posizione: "position",
    colloquio: "interview",
    selezionatori: "interviewers",
    referenti: "contacts",
    contatti: "contacts",
    stato: "status",
    fase: "phase",
    risposta: "reply",
    scadenza: "deadline",
    stipendio: "salary",
    // Dutch
    bedrijf: "company",
    werkgever: "employer",
    functie: "position",
    vacature: "position",
    gesolliciteerd: "applied",
    sollicitatiedatum: "application date",
    gesprek: "interview",
    sollicitatiegesprek: "interview",
    contactpersoon: "contacts",
    reactie: "reply",
    antwoord: "reply",
    salaris: "salary",
    locatie: "location",
    // Russian
    компания: "company",
    работодатель: "employer",
    должность: "position",
    вакансия: "position",
    позиция: "position",
    дата: "date",
    отклик: "applied",
    отклика: "applied",
    собеседование: "interview",
    собеседования: "interview",
    интервью: "interview",
    статус: "status",
    этап: "stage",
    стадия: "stage",
    ответ: "reply",
    контакты: "contacts",
    рекрутер: "recruiter",
    зарплата: "salary",
    город: "location",
  }),
);

/** Chinese, Japanese and Korean names, found inside a name written without spaces; longer first. */
const NAME_CHARACTERS: readonly [string, string][] = (
  [
    // Japanese
    ["応募日", "applied date"],
    ["面接日時", "interview date"],
    ["面接日", "interview date"],
    ["面接官", "interviewers"],
    ["企業名", "company"],
    ["会社名", "company"],
    ["社名", "company"],
    ["会社", "company"],
    ["企業", "company"],
    ["職種", "position"],
    ["ポジション", "position"],
    ["役職", "position"],
    ["ステータス", "status"],
    ["状態", "status"],
    ["選考状況", "status"],
    ["進捗", "progress"],
    ["選考段階", "stage"],
    ["回答期限", "deadline"],
    ["締切", "deadline"],
    ["担当者", "contacts"],
    ["連絡先", "contacts"],
    ["年収", "salary"],
    ["給与", "salary"],
    ["勤務地", "location"],
    ["お礼", "thank you"],
    ["返信", "reply"],
    ["日付", "date"],
    // Chinese
    ["投递日期", "applied date"],
    ["申请日期", "applied date"],
    ["面试时间", "interview date"],
    ["面试日期", "interview date"],
    ["面試時間", "interview date"],
    ["面试官", "interviewers"],
    ["面試官", "interviewers"],
    ["公司", "company"],
    ["企业", "company"],
    ["职位", "position"],
    ["職位", "position"],
    ["岗位", "position"],
    ["崗位", "position"],
    ["状态", "status"],
    ["狀態", "status"],
    ["进度", "progress"],
    ["阶段", "stage"],
    ["截止", "deadline"],
    ["联系人", "contacts"],
    ["薪资", "salary"],
    ["地点", "location"],
    ["日期", "date"],
    // Korean
    ["지원일", "applied date"],
    ["면접일", "interview date"],
    ["면접관", "interviewers"],
    ["회사명", "company"],
    ["회사", "company"],
    ["기업", "company"],
    ["직무", "position"],
    ["포지션", "position"],
    ["진행상황", "status"],
    ["상태", "status"],
    ["단계", "stage"],
    ["마감", "deadline"],
    ["담당자", "contacts"],
    ["연봉", "salary"],
    ["근무지", "location"],
    ["날짜", "date"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

const ASCII = /^[\x20-\x7e]*$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A property name (lower case) with the words of other languages put in English, so that the
 * name rules read `Beworben am` as `applied on` and `面接日` as `interview date`.
 */
export function nameInEnglish(lowerName: string): string {
  if (ASCII.test(lowerName) && !/[a-z]{2}/.test(lowerName)) return lowerName;
  let name = lowerName.normalize("NFKC");
  if (CJK.test(name)) {
    name = name.replace(/\s+/g, "");
    for (const [phrase, english] of NAME_CHARACTERS) name = name.split(phrase).join(` ${english} `);
  }
  return (
    foldAccents(name)
      .split(/([^\p{L}\p{N}]+)/u)
      // A Map: a property named `constructor` is no word of Object's.
      .map((part) => NAME_WORDS.get(part) ?? part)
      .join("")
  );
}
