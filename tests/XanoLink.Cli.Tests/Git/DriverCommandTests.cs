using XanoLink.Cli.GitDrivers;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Git;

/// <summary>The command git-setup gives Git to start xanolink, for each way the tool can be installed.</summary>
public sealed class DriverCommandTests
{
    private const string ToolManifest = """
        {
          "version": 1,
          "isRoot": true,
          "tools": { "xanolink.tool": { "version": "0.1.0", "commands": ["xanolink"], "rollForward": false } }
        }
        """;

    [Fact]
    public void A_global_tool_on_PATH_is_called_by_name()
    {
        using var temp = new TempDirectory();
        var shim = temp.Write("tools/xanolink", "");

        var command = DriverCommand.For(shim, temp.Combine("store", "xanolink.dll"), temp.Combine("tools"), null, temp.Path);

        Assert.Equal("xanolink", command.Command);
    }

    [Fact]
    public void A_global_tool_whose_folder_is_not_on_PATH_is_called_by_its_full_path()
    {
        using var temp = new TempDirectory();
        var shim = temp.Write("my tools/xanolink", "");
        var other = temp.Write("elsewhere/xanolink", "");

        Assert.Equal($"'{shim}'", DriverCommand.For(shim, "xanolink.dll", temp.Combine("bin"), null, temp.Path).Command);
        // Another xanolink first on PATH is another install: Git must run the one that was set up.
        Assert.Equal($"'{shim}'", DriverCommand.For(shim, "xanolink.dll", Path.GetDirectoryName(other), null, temp.Path).Command);
    }

    [Fact]
    public void A_local_tool_is_dotnet_xanolink_where_the_repositorys_tool_manifest_pins_it()
    {
        using var temp = new TempDirectory();
        temp.Write(".config/dotnet-tools.json", ToolManifest);
        var dll = temp.Combine("packages", "xanolink.tool", "0.1.0", "tools", "net10.0", "any", "xanolink.dll");

        var local = DriverCommand.For("/usr/share/dotnet/dotnet", dll, "/usr/bin", null, temp.Path);
        var global = DriverCommand.For("/usr/share/dotnet/dotnet", dll, "/usr/bin", null, repositoryTop: null);

        Assert.Equal("dotnet xanolink", local.Command);
        Assert.Contains(temp.Combine(".config", "dotnet-tools.json"), local.Reason, StringComparison.Ordinal);
        // git-setup --global serves repositories without that manifest: the dll itself.
        Assert.Equal($"/usr/share/dotnet/dotnet {dll}", global.Command);
    }

    [Fact]
    public void A_dll_run_by_dotnet_without_a_manifest_is_called_by_its_full_path()
    {
        using var temp = new TempDirectory();
        temp.Write("repo/.config/dotnet-tools.json", ToolManifest.Replace("\"xanolink\"", "\"other\"", StringComparison.Ordinal));

        var command = DriverCommand.For("/opt/dotnet/dotnet", "/src/xanolink/bin/xanolink.dll", "/usr/bin", null, temp.Combine("repo"));

        Assert.Equal("/opt/dotnet/dotnet /src/xanolink/bin/xanolink.dll", command.Command);
    }

    [Fact]
    public void Git_setup_registers_a_command_that_git_diff_can_run_without_xanolink_on_PATH()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop:source\" }");
        temp.Write("tables/product.json", "{\n  \"guid\": \"t-product\",\n  \"name\": \"product\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    }\n  ]\n}\n");
        GitCli.InitAndCommit(temp.Path);

        // The tests run xanolink in the test host (dotnet running a dll): Git gets dotnet and the dll's full path.
        Assert.Equal(0, CliRunner.Run(temp.Path, "git-setup").ExitCode);
        temp.Write("tables/product.json", File.ReadAllText(temp.Combine("tables", "product.json")).Replace("\"int\"", "\"text\"", StringComparison.Ordinal));
        var diff = GitCli.Run(temp.Path, "diff", "--", "tables/product.json");

        Assert.Contains("-table product / field id: int", diff, StringComparison.Ordinal);
        Assert.Contains("+table product / field id: text", diff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/root/.dotnet/tools/xanolink", "/root/.dotnet/tools/xanolink")]
    [InlineData("C:\\Users\\Ada Lovelace\\xanolink.exe", "'C:\\Users\\Ada Lovelace\\xanolink.exe'")]
    [InlineData("/tmp/it's/xanolink", "'/tmp/it'\\''s/xanolink'")]
    public void Paths_are_quoted_for_the_shell_git_runs_drivers_with(string path, string quoted)
    {
        Assert.Equal(quoted, DriverCommand.Quote(path));
    }
}
