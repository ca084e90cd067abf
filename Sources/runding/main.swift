import CReadline
import RundingKit
print("Runding \(runding_readline_version())")
