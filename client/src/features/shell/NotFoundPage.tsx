// Any unknown address.
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p><Link to="/">Back to the start</Link></p>
    </div>
  );
}
