// The pages a mailed link opens: joining by invitation (/accept-invitation) and resetting a
// password (/reset-password). Both take the token from the link, ask for the password twice and,
// once the server has set it, sign the person in and open the home page.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../ui/State';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/errors';
import { useTitle } from '../../ui/useTitle';
import { AcceptInvitationMutation, ResetPasswordMutation } from './auth.documents';
import { useViewer } from './ViewerContext';

export function AcceptInvitationPage() {
  const [accept, state] = useMutation(AcceptInvitationMutation);
  return (
    <SetPasswordForm
      title="Join BCN Hub"
      intro="Choose the password you will sign in with."
      again={<>Ask whoever invited you to invite you again.</>}
      submitLabel="Set password and sign in"
      state={state}
      run={async (variables) => (await accept({ variables })).data?.acceptInvitation.token}
    />
  );
}

export function ResetPasswordPage() {
  const [reset, state] = useMutation(ResetPasswordMutation);
  return (
    <SetPasswordForm
      title="Choose a new password"
      intro="Your other sign-ins end when you save it."
      again={<Link to="/forgot-password">Ask for a new link</Link>}
      submitLabel="Save password and sign in"
      state={state}
      run={async (variables) => (await reset({ variables })).data?.resetPassword.token}
    />
  );
}

type FormProps = {
  title: string;
  intro: string;
  submitLabel: string;
  /** What to do when the link no longer works. */
  again: ReactNode;
  state: { loading: boolean; error?: unknown };
  /** Sends token and password; answers the new session's token. */
  run(variables: { token: string; password: string }): Promise<string | undefined>;
};

function SetPasswordForm({ title, intro, submitLabel, again, state, run }: FormProps) {
  useTitle(title);
  const token = useSearchParams()[0].get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { signIn } = useViewer();
  const navigate = useNavigate();
  const mismatch = repeat !== '' && repeat !== password ? 'The two passwords differ.' : undefined;
  const errors = fieldErrors(state.error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    const session = await run({ token, password }).catch(() => undefined); // shown from the hook's error state
    if (!session) return;
    await signIn(session);
    navigate('/', { replace: true });
  }

  return (
    <div className="card" style={{ maxWidth: '26rem', margin: '2rem auto' }}>
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
      {errors.token ? (
        <div className="alert error" role="alert">
          {errors.token} {again}
        </div>
      ) : (
        <ErrorMessage error={errors.password ? null : state.error} plain />
      )}
      <form onSubmit={submit} noValidate>
        <Field label="New password" hint="At least 8 characters." error={errors.password}>
          <input type="password" name="password" autoComplete="new-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field label="Repeat the password" error={mismatch}>
          <input type="password" name="repeat" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </Field>
        <button type="submit" className="btn" disabled={state.loading || !token || password.length < 8 || repeat !== password}>
          {submitLabel}
        </button>
      </form>
      {token ? null : <p className="hint">This page is opened from the link in your email.</p>}
    </div>
  );
}
