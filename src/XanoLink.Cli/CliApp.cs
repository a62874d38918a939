using System.CommandLine;
using XanoLink.Cli.Commands;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git;
using XanoLink.Validation;

namespace XanoLink.Cli;

/// <summary>Builds the command tree and turns every failure into a message and an exit code (cli.md): never a stack trace unless --verbose.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var verbose = args.Contains("--verbose");
        args = args.Where(a => a != "--verbose").ToArray();
        var root = new RootCommand("xanolink: keep backend workspaces in Git and publish part of a source workspace to many tenants.");
        foreach (var command in Commands(console))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(new Option<bool>("--verbose") { Description = "Print the stack trace of an unexpected failure to stderr.", Recursive = true });

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                if (UnknownCommand(parse) is { } message)
                {
                    console.Error.WriteLine($"xanolink: {message}");
                    console.Error.WriteLine("Run 'xanolink --help' (or 'xanolink COMMAND --help') for usage.");
                    return 2;
                }

                // An unknown command also makes System.CommandLine say no command was given; the first says it all.
                var unknown = parse.Errors.Any(e => e.Message.StartsWith("Unrecognized command", StringComparison.Ordinal));
                foreach (var error in parse.Errors.Where(e => !(unknown && e.Message.StartsWith("Required command", StringComparison.Ordinal))))
                {
                    console.Error.WriteLine($"xanolink: {error.Message}");
                }

                console.Error.WriteLine("Run 'xanolink --help' (or 'xanolink COMMAND --help') for usage.");
                return 2;
            }

            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is UsageException or GitWorkspaceException)
        {
            console.Error.WriteLine($"xanolink: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || GitErrors.IsRepositoryFailure(ex))
        {
            console.Error.WriteLine($"xanolink: {ex.Message}");
            if (verbose)
            {
                console.Error.WriteLine(ex);
            }

            return 1;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine($"xanolink: unexpected failure: {ex.Message} (run with --verbose for details, and please report it)");
            if (verbose)
            {
                console.Error.WriteLine(ex);
            }

            return 1;
        }
    }

    /// <summary>"unknown command 'valdate'; did you mean 'validate'?" when a word where a command goes names none.</summary>
    private static string? UnknownCommand(ParseResult parse)
    {
        var parent = parse.CommandResult.Command;
        var visible = parent.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (visible.Count == 0 || parse.UnmatchedTokens.Count == 0 || parse.UnmatchedTokens[0].StartsWith('-'))
        {
            return null;
        }

        var word = parse.UnmatchedTokens[0];
        var under = parent is RootCommand ? "" : $" of 'xanolink {parent.Name}'";
        var hint = Suggestions.DidYouMean(word, visible);
        return $"unknown command '{word}'{under}{(hint.Length > 0 ? hint : "; commands: " + string.Join(", ", visible))}";
    }

    // One line per command; each command lives in its own file under Commands/.
    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        ValidateCommand.Create(console),
        FormatCommand.Create(console),
        DepsCommand.Create(console),
        ConvertCommand.Create(console),
        MergeFileCommand.Create(console),
        TextConvCommand.Create(console),
        GitSetupCommand.Create(console),
        DiffCommand.Create(console),
        BranchCommand.Create(console),
        PublishCommand.Create(console),
        PlanCommand.Create(console),
        TenantCommand.Create(console),
        StatusCommand.Create(console),
        AdoptGuidsCommand.Create(console),
    ];
}
