// Asking for a password-reset link. The answer is the same whether or not the address has an
// account (the server says nothing about which addresses exist), so the page says the same too.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../ui/State';
import { Field } from '../../ui/Field';
import { useTitle } from '../../ui/useTitle';
import { RequestPasswordResetMutation } from './auth.documents';

export function ForgotPasswordPage() {
  useTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await request({ variables: { email: email.trim() } }).catch(() => null);
    if (r?.data) setSentTo(email.trim());
  }

  return (
    <div className="card" style={{ maxWidth: '26rem', margin: '2rem auto' }}>
      <h1>Forgot your password?</h1>
      {sentTo ? (
        <p role="status" data-testid="reset-requested">
          If an account exists for {sentTo}, we have sent a link to choose a new password. It works for one hour.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">Give the address you sign in with; we mail you a link to choose a new password.</p>
          <ErrorMessage error={error} />
          <Field label="Email">
            <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <button type="submit" className="btn" disabled={loading || !email.trim()}>
            {loading ? 'Sending…' : 'Send me a link'}
          </button>
        </form>
      )}
      <p><Link to="/sign-in">Back to sign in</Link></p>
    </div>
  );
}
