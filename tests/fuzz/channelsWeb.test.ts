import { fuzzChannels } from './fuzzChannels'

// Property-based: random and near-valid arguments on every channel of the web handler table.
fuzzChannels('web')
