/**
 * Templates with `{{placeholder}}`s. Built-in defaults follow the seed articles; each can be
 * replaced by a note in the vault. An unknown placeholder is left visible in the text and
 * reported, never silently blanked, so a typo in a user's template shows up at once.
 */

export type TemplateVars = Record<string, string>;

export interface Rendered {
  text: string;
  /** Placeholders the template used that have no value, as written (`{{compnay}}`). */
  unknown: string[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function renderTemplate(template: string, vars: TemplateVars): Rendered {
  const unknown: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name.toLowerCase()];
    if (value === undefined) {
      if (!unknown.includes(whole)) unknown.push(whole);
      return whole;
    }
    return value;
  });
  return { text, unknown };
}

/** The placeholders every template may use; the README lists them with their meaning. */
export const PLACEHOLDERS = [
  "title",
  "company",
  "role",
  "stage",
  "interview_date",
  "interview_day",
  "decision_by",
  "interviewers",
  "interviewer",
  "first_name",
  "topic",
  "topic_sentence",
  "timeline_sentence",
  "last_note_sentence",
  "interviewer_topics",
  "news_sentence",
  "my_name",
  "my_contact",
  "date",
  "applied_on",
  "applied_day",
] as const;

export const DEFAULT_INTERVIEW_NOTE = `# {{title}}

## Before
- What I know about {{company}}:
- Questions I want to ask:
- Ask each interviewer for their email before leaving.

## Notes

`;

/** The debrief prompts of article 001 (what went well, where you faltered, …) and 003 (the timeline). */
export const DEFAULT_DEBRIEF = `## Debrief

### What went well, and why
- 

### Where I faltered
- 

### Questions I was not prepared for
- 

### Answers I would give differently (and a better answer)
- 

### Questions that came to mind afterwards
- 

### What we talked about with each interviewer
{{interviewer_topics}}

### The timeline they gave
- Decision by: {{decision_by}}

### Next steps
- 
`;

/**
 * 001: short, 4 to 5 lines, per interviewer, something you talked about, restate interest,
 * invite questions. 003: your contact details.
 */
export const DEFAULT_THANK_YOU = `Subject: Thank you for the {{role}} interview

Dear {{first_name}},

Thank you for taking the time to meet with me {{interview_day}} about the {{role}} role at {{company}}.{{topic_sentence}}{{news_sentence}}
I am excited about the role and the team, and I believe I could contribute from the start.
If there is anything else you need from me for your decision, please let me know.

Best regards,
{{my_name}}
{{my_contact}}
`;

/** 003: remind them of the timeline they gave, ask for an updated one, ask if they need anything more. */
export const DEFAULT_FOLLOW_UP = `Subject: Following up on the {{role}} interview

Dear {{first_name}},

I hope you are well. {{timeline_sentence}} I remain very interested in the {{role}} role at {{company}}, and I wanted to ask whether there is an updated timeline for your decision.
Is there anything more you need from me at this point?{{last_note_sentence}}

Best regards,
{{my_name}}
{{my_contact}}
`;

/**
 * A follow-up on an application with no interview yet: it speaks of the application, never of
 * an interview. The same tone as after an interview (003: "give them a reason to engage").
 */
export const DEFAULT_APPLICATION_FOLLOW_UP = `Subject: Following up on my application for {{role}}

Dear {{first_name}},

I applied for the {{role}} role at {{company}} {{applied_day}}, and I wanted to follow up. I remain very interested in the role and would be glad to tell you more about why I would be a good fit.
Is there anything more you need from me at this point?{{last_note_sentence}}

Best regards,
{{my_name}}
{{my_contact}}
`;

export const DEFAULT_APPLICATION_CALL_SCRIPT = `Call script: {{company}}, {{role}}

If they answer:
- "Hello {{first_name}}, this is {{my_name}}. I applied for the {{role}} role {{applied_day}}."
- "I'm calling to ask where the application stands, and whether you need anything more from me."
- "I'm still very interested in the role. Thank you for your time."

If you reach voicemail:
- "Hello {{first_name}}, this is {{my_name}}, following up on my application for the {{role}} role. I'm still very interested. You can reach me at {{my_contact}}. Thank you."{{last_note_sentence}}
`;

/** 002: "practice what you're going to say whether they answer or you have to leave a message". */
export const DEFAULT_CALL_SCRIPT = `Call script: {{company}}, {{role}}

If they answer:
- "Hello {{first_name}}, this is {{my_name}}. I interviewed for the {{role}} role {{interview_day}}."
- "{{timeline_sentence}} I'm calling to ask whether there is an updated timeline."
- "Is there anything more you need from me?"
- "I'm still very interested in the role. Thank you for your time."

If you reach voicemail:
- "Hello {{first_name}}, this is {{my_name}}, following up on my interview for the {{role}} role. I'm still very interested and would be glad to hear about the timeline. You can reach me at {{my_contact}}. Thank you."{{last_note_sentence}}
`;
