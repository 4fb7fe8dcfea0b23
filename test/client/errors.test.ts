// Validation messages read as plain words, every field at once (finding 12).
import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fieldErrors, plainMessage } from '../../client/src/ui/errors';

describe('plain validation messages', () => {
  it('rewords the validator’s stock sentences', () => {
    expect(plainMessage('topic must be longer than or equal to 1 characters')).toBe('Please fill in the topic.');
    expect(plainMessage('onlineLink must be a URL address')).toBe('Online link must be a web address starting with https://.');
    expect(plainMessage('expectedOutcome must be shorter than or equal to 4000 characters')).toBe('Expected outcome can have at most 4000 characters.');
    expect(plainMessage('The end comes before the start.')).toBe('The end comes before the start.');
  });

  it('gives every field its message at once', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [
      { field: 'input.topic', messages: ['topic must be longer than or equal to 1 characters'] },
      { field: 'input.onlineLink', messages: ['onlineLink must be a URL address'] },
    ] } }] });
    expect(fieldErrors(error)).toEqual({ topic: 'Please fill in the topic.', onlineLink: 'Online link must be a web address starting with https://.' });
  });
});
