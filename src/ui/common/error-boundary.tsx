import { Component, type ReactNode } from 'react';

/** Never a blank screen: a crash in one part shows what happened and keeps saved work safe. */
export class ErrorBoundary extends Component<{ children: ReactNode; where: string }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel error-panel" role="alert">
        <h2>Something went wrong in the {this.props.where}</h2>
        <p>Your saved work is safe: it is stored in this browser as you type.</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>{' '}
        <a href="#/">Back to the catalog</a>
      </div>
    );
  }
}
