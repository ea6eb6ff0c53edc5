import { useEffect, useState } from 'react';
import { noteBuild, registerServiceWorker, type UpdateState } from './service-worker';

const MESSAGE: Record<UpdateState['kind'], string> = {
  'offline-ready': 'Techscreen is saved on this device: it now opens and judges your code with no network.',
  'update-waiting': 'A new version of Techscreen is ready. It starts the next time you open the app; your drafts are kept.',
  updated: 'Techscreen was updated. Your drafts and progress are as you left them.',
};

/** Offline readiness and app updates, told once and dismissable. */
export function AppUpdates() {
  const [state, setState] = useState<UpdateState | undefined>(() => (noteBuild() ? { kind: 'updated' } : undefined));
  useEffect(() => {
    void registerServiceWorker(setState);
  }, []);
  if (!state) return null;
  return (
    <div className="app-update" role="status" data-testid="app-update" data-kind={state.kind}>
      <span>{MESSAGE[state.kind]}</span>
      {state.kind === 'update-waiting' && (
        <button type="button" onClick={state.apply}>
          Restart now
        </button>
      )}
      <button type="button" className="link-button" onClick={() => setState(undefined)}>
        Dismiss
      </button>
    </div>
  );
}
