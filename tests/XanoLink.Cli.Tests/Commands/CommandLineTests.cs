namespace XanoLink.Cli.Tests.Commands;

/// <summary>What the command line itself says: unknown commands and the help text.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string> Commands() => new(
        "validate", "format", "deps", "diff", "git-setup", "publish", "plan", "status", "adopt-guids",
        "branch list", "branch create", "branch set-live", "branch history", "branch merge", "tenant create", "tenant list");

    [Fact]
    public void A_mistyped_command_gets_a_did_you_mean_and_exit_2()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "valdate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("xanolink: unknown command 'valdate'; did you mean 'validate'?\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_subcommand_gets_a_did_you_mean_and_a_word_far_from_all_lists_them()
    {
        Assert.StartsWith("xanolink: unknown command 'lst' of 'xanolink branch'; did you mean 'list'?\n", CliRunner.Run(Path.GetTempPath(), "branch", "lst").Error, StringComparison.Ordinal);
        Assert.StartsWith("xanolink: unknown command 'zzzzzz'; commands: validate, format, deps", CliRunner.Run(Path.GetTempPath(), "zzzzzz").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_out_into_a_folder_that_does_not_exist_is_a_usage_error_before_any_tenant_is_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), "xanolink-no-such-folder-" + Guid.NewGuid().ToString("N"), "plan.json");

        var result = CliRunner.Run(Path.GetTempPath(), "plan", "-w", XanoLink.Testing.RepositoryRoot.Combine("example-source-workspace"), "--out", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"xanolink: --out {missing}: the folder {Path.GetDirectoryName(missing)} does not exist; create it or write the plan elsewhere\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_says_each_default_once(string command)
    {
        var help = CliRunner.Run(Path.GetTempPath(), [.. command.Split(' '), "--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(help.Out.Split('\n'), l => l.Contains("(default", StringComparison.Ordinal) && l.Contains("[default:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, null, "xterm-256color", true)]
    [InlineData(true, null, "xterm-256color", false)]
    [InlineData(false, "1", "xterm-256color", false)]
    [InlineData(false, "", "xterm", true)]
    [InlineData(false, null, "dumb", false)]
    public void Colour_only_on_a_terminal_without_NO_COLOR_or_a_dumb_TERM(bool redirected, string? noColor, string term, bool colour)
    {
        Assert.Equal(colour, XanoLink.Cli.Infrastructure.CliConsole.MayColor(redirected, noColor, term));
    }
}
