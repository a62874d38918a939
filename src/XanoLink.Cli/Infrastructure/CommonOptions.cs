using System.CommandLine;

namespace XanoLink.Cli.Infrastructure;

/// <summary>Options many commands share, spelled the same way everywhere (cli.md's conventions).</summary>
internal static class CommonOptions
{
    public static Option<string?> Workspace() => new("--workspace", "-w")
    {
        Description = "The workspace folder (default: the nearest folder at or above the current one holding workspace.json or a XanoScript workspace).",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
