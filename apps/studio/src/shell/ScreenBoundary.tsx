/** Keeps a failing screen from taking the whole app down: the frame, the plan and autosave stay. */
import { Component, type ReactNode } from 'react';
import { LanguageContext } from '../i18n/LanguageContext.ts';

interface State {
  error: Error | null;
}

export class ScreenBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = LanguageContext;
  declare context: React.ContextType<typeof LanguageContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const { t } = this.context;
    return (
      <section className="card placeholder" role="alert" data-testid="screen-error">
        <h1>{t('shell.screenFailed')}</h1>
        <p>{t('shell.screenFailedHint')}</p>
        <p className="muted">
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('shell.reload')}
        </button>
      </section>
    );
  }
}
