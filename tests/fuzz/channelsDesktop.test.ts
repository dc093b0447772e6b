import { fuzzChannels } from './fuzzChannels'

// Property-based: random and near-valid arguments on every channel of the desktop handler table
// (native dialogs stubbed: each answers in turn a choice, a cancel and a poor choice).
fuzzChannels('desktop')
