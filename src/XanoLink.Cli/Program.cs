using XanoLink.Cli;
using XanoLink.Cli.Infrastructure;

return CliApp.Run(args, CliConsole.System());
