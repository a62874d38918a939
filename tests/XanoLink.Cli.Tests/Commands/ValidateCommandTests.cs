using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void A_folder_without_workspace_json_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "validate");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no workspace.json", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run(temp.Path, "validate", "--bogus");
        Assert.Equal(2, result.ExitCode);
    }
}
