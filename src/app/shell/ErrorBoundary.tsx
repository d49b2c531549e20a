import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, useLocaleStore } from '../i18n/index';
import { shellText } from '../i18n/shell';

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Catch a render error of the workspace (editor, panels, findings) and show it instead of a blank
 * page. The top bar stays outside, so the project can still be exported.
 */
export class WorkspaceErrorBoundary extends Component<{ readonly children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[cleanplan] the workspace failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;

    const locale = useLocaleStore.getState().locale;
    return (
      <div className="notice notice-error" role="alert" data-testid="workspace-error">
        <p>{translate(shellText, locale, 'workspaceFailed', { detail: error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(shellText, locale, 'retry')}
        </button>
      </div>
    );
  }
}
