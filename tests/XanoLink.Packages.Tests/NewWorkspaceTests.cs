using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Packages.Tests;

/// <summary>
/// A new user's path through the packages: install the tool and the templates from the feed, make a workspace,
/// build it, break it, and see the same positioned error from dotnet build and from the installed tool.
/// </summary>
[Collection(PackageTests.Name)]
[Trait(PackageTests.Trait, PackageTests.TraitValue)]
public sealed class NewWorkspaceTests(PackageFeed feed)
{
    [Fact]
    public void A_templated_workspace_builds_clean_and_a_broken_reference_fails_build_and_validate_at_its_position()
    {
        var folder = Path.Combine(feed.Machine, "new-workspace");
        Directory.CreateDirectory(folder);
        var tools = Path.Combine(folder, "tools");
        var hive = Path.Combine(folder, "hive");
        var ws = Path.Combine(folder, "ws");
        var xanolink = Path.Combine(tools, OperatingSystem.IsWindows() ? "xanolink.exe" : "xanolink");

        Succeeds(feed.Run(folder, "dotnet", "tool", "install", "XanoLink.Tool", "--tool-path", tools, "--configfile", feed.NuGetConfig, "--version", feed.Version));
        Succeeds(feed.Run(folder, "dotnet", "new", "install", feed.PackagePath("XanoLink.Templates"), "--debug:custom-hive", hive));
        // No --xanolink-version: the packed template defaults to its own package version.
        Succeeds(feed.Run(folder, "dotnet", "new", "xanolink-workspace", "-o", ws, "--debug:custom-hive", hive));
        Assert.Contains($"<XanoLinkVersion>{feed.Version}</XanoLinkVersion>", File.ReadAllText(Path.Combine(ws, "ws.csproj")), StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{feed.Version}\"", File.ReadAllText(Path.Combine(ws, ".config", "dotnet-tools.json")), StringComparison.Ordinal);

        var build = Succeeds(feed.Run(folder, "dotnet", "build", ws, "-nologo", "-tl:off", "-v:n", "-nodeReuse:false"));
        Assert.Contains("XanoLink: validated ", build.Output, StringComparison.Ordinal);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        // The tool the workspace pins in .config/dotnet-tools.json, as its CI restores it.
        Succeeds(feed.Run(ws, "dotnet", "tool", "restore"));
        Assert.Contains("Valid: 0 errors, 0 warnings", Succeeds(feed.Run(ws, "dotnet", "xanolink", "validate")).Output, StringComparison.Ordinal);

        GitDriversWorkWithoutXanolinkOnPath(ws, xanolink);

        var deps = Succeeds(feed.Run(folder, xanolink, "deps", "-w", ws, "--format", "json"));
        var selected = JObject.Parse(deps.Output)["selected"]!.Values<string>();
        Assert.Equal(["table:user", "apigroup:users", "api:users/me", "function:users/display_name"], selected);

        // The endpoint's Get Record step names a table the workspace does not have.
        var endpoint = Path.Combine(ws, "apis", "users", "me.json");
        var lines = File.ReadAllLines(endpoint);
        var index = Array.FindIndex(lines, l => l.Trim() == "\"table\": \"user\",");
        Assert.True(index >= 0, string.Join('\n', lines));
        lines[index] = lines[index].Replace("\"user\"", "\"no_such_table\"", StringComparison.Ordinal);
        File.WriteAllLines(endpoint, lines);
        var position = $"({index + 1},{lines[index].IndexOf("\"no_such_table\"", StringComparison.Ordinal) + 1}): error XL1030:";

        var broken = feed.Run(folder, "dotnet", "build", ws, "-nologo", "-tl:off", "-v:m", "-nodeReuse:false");
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains(endpoint + position, broken.Output, StringComparison.Ordinal);

        var validate = feed.Run(folder, xanolink, "validate", "-w", ws);
        Assert.True(validate.ExitCode == 1, validate.ToString());
        Assert.Contains("apis/users/me.json" + position, validate.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// git-setup with the local tool (dotnet xanolink), then with the tool installed in a folder that is not on PATH (as a
    /// global tool whose ~/.dotnet/tools is not): each time the template's .gitattributes stays as it is and git diff runs
    /// the driver. PATH here has no xanolink (the test asserts it).
    /// </summary>
    private void GitDriversWorkWithoutXanolinkOnPath(string ws, string toolPath)
    {
        Assert.NotEqual(0, feed.Run(ws, "sh", "-c", "command -v xanolink").ExitCode);
        GitCli.InitAndCommit(ws, "New workspace");

        var local = Succeeds(feed.Run(ws, "dotnet", "xanolink", "git-setup"));
        Assert.Contains("git config --local diff.xanolink.textconv \"dotnet xanolink textconv\"", local.Output, StringComparison.Ordinal);
        Assert.Contains(".gitattributes: already routes workspace files to xanolink", local.Output, StringComparison.Ordinal);
        Assert.Equal("", GitCli.Run(ws, "status", "--porcelain"));

        var table = Path.Combine(ws, "tables", "user.json");
        var original = File.ReadAllText(table);
        File.WriteAllText(table, original.Replace("\"name\": \"email\"", "\"name\": \"email_address\"", StringComparison.Ordinal));
        Assert.Contains("+table user / field email_address:", Succeeds(feed.Run(ws, "git", "diff")).Output, StringComparison.Ordinal);

        var installed = Succeeds(feed.Run(ws, toolPath, "git-setup"));
        Assert.Contains($"git config --local diff.xanolink.textconv \"{toolPath} textconv\"", installed.Output, StringComparison.Ordinal);
        Assert.Contains("+table user / field email_address:", Succeeds(feed.Run(ws, "git", "diff")).Output, StringComparison.Ordinal);
        File.WriteAllText(table, original);
    }

    private static ProcessResult Succeeds(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
