import AcquireKit
import TerminalUI
