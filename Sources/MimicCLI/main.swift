import Foundation

exit(MimicCommand.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole()))
