// Sign-in form; a wrong email or password gets one message, never which of the two was wrong.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorMessage } from '../../ui/State';
import { Field } from '../../ui/Field';
import { LoginMutation } from './auth.documents';
import { useViewer } from './ViewerContext';
import { useTitle } from '../../ui/useTitle';

export function SignInPage() {
  useTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginMutation);
  const { signIn } = useViewer();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const result = await login({ variables: { email: email.trim(), password } });
      if (!result.data) return;
      await signIn(result.data.login.token);
      navigate(from, { replace: true });
    } catch {
      // shown from the hook's error state
    }
  }

  return (
    <div className="card" style={{ maxWidth: '26rem', margin: '2rem auto' }}>
      <h1>Sign in to BCN Hub</h1>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} plain />
        <Field label="Email">
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Password">
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <button type="submit" className="btn" disabled={loading || !email || !password}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p><Link to="/forgot-password">Forgot password?</Link></p>
      <p className="hint">Demo: secretariat@apo.demo, jp@npo.demo, np-member@npo.demo … password bcn-demo.</p>
    </div>
  );
}
