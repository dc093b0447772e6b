import { SettingsProvider } from '../features/settings/SettingsProvider'
import { Shell } from './Shell'

/** The whole renderer: settings around the three-pane shell. */
export const App = () => (
  <SettingsProvider>
    <Shell />
  </SettingsProvider>
)
