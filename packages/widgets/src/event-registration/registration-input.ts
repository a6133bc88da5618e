import type { RegistrationInput, RegistrationQuestion } from '@ngo-kit/sdk/schemas';
import { RegistrationInputSchema } from '@ngo-kit/sdk/validators';
import type { FieldValue, FormValues } from '../shared/form/form-values.js';
import type { SchemaIssue, ValidatingSchema } from '../shared/form/schema.js';

/**
 * The form's field of the answer to `question`. It is named as the API names
 * its field errors (`answers.<questionId>`), so a 400 from the server lands
 * next to the same field.
 */
export function answerField(question: Pick<RegistrationQuestion, 'id'>): string {
  return `answers.${question.id}`;
}

/** The empty registration form for an event with `questions`, its fields in the order they appear. */
export function emptyRegistration(questions: readonly RegistrationQuestion[]): FormValues {
  return {
    name: '',
    email: '',
    phone: '',
    role: 'attendee',
    ...Object.fromEntries(questions.map((question) => [answerField(question), ''])),
    consent: false,
    website: '',
  };
}

/**
 * The SDK's `RegistrationInputSchema` over the form's flat fields, plus the
 * event's own questions, which the SDK's schema cannot know: required ones
 * answered, texts within their length, choices among their options. It
 * reports each issue on the field it is about, in the form's field names.
 */
export function registrationSchema(questions: readonly RegistrationQuestion[]): ValidatingSchema<RegistrationInput> {
  return {
    '~standard': {
      async validate(value: unknown) {
        const fields = value as Readonly<Record<string, FieldValue>>;
        const input = Object.fromEntries(Object.entries(fields).filter(([name]) => !name.startsWith('answers.')));
        const answers = Object.fromEntries(
          questions
            .map((question) => [question.id, fields[answerField(question)]] as const)
            .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
        );
        const candidate = Object.keys(answers).length > 0 ? { ...input, answers } : input;
        const result = await RegistrationInputSchema['~standard'].validate(candidate);
        const issues: SchemaIssue[] = (result.issues ?? []).map(inFormFields);
        for (const question of questions) {
          const issue = answerIssue(question, answers[question.id]);
          if (issue) issues.push(issue);
        }
        if (issues.length > 0) return { issues };
        return { value: (result as { value: RegistrationInput }).value };
      },
    },
  };
}

/** An issue about `answers.<id>` named after the form's field for that answer. */
function inFormFields(issue: SchemaIssue): SchemaIssue {
  const [first, second] = issue.path ?? [];
  const key = (step: typeof first) => (typeof step === 'object' ? step.key : step);
  if (key(first) !== 'answers' || second === undefined) return issue;
  return { ...issue, path: [`answers.${String(key(second))}`] };
}

function answerIssue(question: RegistrationQuestion, answer: string | undefined): SchemaIssue | undefined {
  const path = [answerField(question)];
  if (answer === undefined || answer.trim() === '') {
    return question.required ? { message: 'Required', path, code: 'too_small', origin: 'string', minimum: 1 } : undefined;
  }
  if (question.type === 'text') {
    return answer.length > question.maxLength
      ? { message: 'Too long', path, code: 'too_big', origin: 'string', maximum: question.maxLength }
      : undefined;
  }
  const options = question.options.map((option) => option.id);
  return options.includes(answer) ? undefined : { message: 'Not an option', path, code: 'invalid_value', values: options };
}
