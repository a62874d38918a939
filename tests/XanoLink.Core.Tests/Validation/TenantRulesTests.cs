using CsCheck;
using XanoLink.Diagnostics;
using XanoLink.Manifest;

namespace XanoLink.Core.Tests.Validation;

/// <summary>A tenant's repository and name come from xanolink.json: nothing in them may make git run a program or two tenants share a folder.</summary>
public sealed class TenantRulesTests
{
    private static Diagnostic[] Validate(string tenant) =>
        new WorkspaceFiles().Manifest($$"""{ "tenants": [ {{tenant}} ] }""").Validate().Diagnostics.ToArray();

    [Theory]
    [InlineData("--upload-pack=touch pwned #://x", "starts with '-'")]
    [InlineData("-oProxyCommand=touch pwned:x", "starts with '-'")]
    [InlineData("ext::sh -c touch% pwned", "git-remote-ext")]
    [InlineData("fd::17", "git-remote-fd")]
    [InlineData("foo::bar", "git-remote-foo")]
    [InlineData("gopher://host/acme.git", "transport 'gopher' is not allowed")]
    [InlineData("git+ssh://host/acme.git", "transport 'git+ssh' is not allowed")]
    [InlineData("HTTPS://host/acme.git", "lower case")]
    [InlineData("ssh://-oProxyCommand=touch%20pwned/acme.git", "starts with '-'")]
    [InlineData("ssh://git@-oProxyCommand=x/acme.git", "starts with '-'")]
    [InlineData("https:///acme.git", "needs a host")]
    [InlineData("file://elsewhere/acme.git", "names no host")]
    [InlineData(":acme.git", "needs a host")]
    [InlineData("my host:acme.git", "holds a space")]
    [InlineData("x y://host/acme.git", "does not start with a transport")]
    [InlineData("../tenants/acme.git\n", "control character U+000A")]
    [InlineData("../tenants/\u0000acme.git", "control character U+0000")]
    public void A_tenant_repository_git_would_read_as_an_option_or_a_program_fails_validation(string repository, string why)
    {
        var json = Newtonsoft.Json.JsonConvert.ToString(repository);
        var d = Assert.Single(Validate($$"""{ "name": "shop:acme", "repository": {{json}} }"""));

        Assert.Equal("XL2011", d.Code);
        Assert.Contains(why, d.Message, StringComparison.Ordinal);
        Assert.Contains("file, ssh, git, http or https", d.Message, StringComparison.Ordinal);
        Assert.Null(TenantAddress.Parse(repository, out _));
    }

    [Theory]
    [InlineData("../tenants/acme.git", TenantAddressKind.LocalPath, null)]
    [InlineData("/srv/git/acme.git", TenantAddressKind.LocalPath, null)]
    [InlineData("tenants/acme:v2.git", TenantAddressKind.LocalPath, null)]
    [InlineData("./acme:v2.git", TenantAddressKind.LocalPath, null)]
    [InlineData("C:\\tenants\\acme.git", TenantAddressKind.LocalPath, null)]
    [InlineData("D:/tenants/acme.git", TenantAddressKind.LocalPath, null)]
    [InlineData("file:///srv/git/acme.git", TenantAddressKind.Url, "file")]
    [InlineData("git://127.0.0.1/shop-globex.git", TenantAddressKind.Url, "git")]
    [InlineData("https://git.example.com/shop/acme.git", TenantAddressKind.Url, "https")]
    [InlineData("http://localhost:8080/acme.git", TenantAddressKind.Url, "http")]
    [InlineData("ssh://git@host:2222/acme.git", TenantAddressKind.Url, "ssh")]
    [InlineData("git@github.com:shop/acme.git", TenantAddressKind.Url, "ssh")]
    [InlineData("host:acme.git", TenantAddressKind.Url, "ssh")]
    public void Local_paths_and_urls_of_the_five_transports_are_classified_as_git_reads_them(string repository, TenantAddressKind kind, string? transport)
    {
        var address = TenantAddress.Parse(repository, out var problem);

        Assert.Null(problem);
        Assert.Equal((kind, transport), (address!.Kind, address.Transport));
        Assert.Empty(Validate($$"""{ "name": "shop:acme", "repository": {{Newtonsoft.Json.JsonConvert.ToString(repository)}} }"""));
    }

    [Theory]
    [InlineData("shop acme", "U+0020")]
    [InlineData("shop:\u200bacme", "U+200B")]
    [InlineData("shop:acme\n", "U+000A")]
    [InlineData("shop:\u202eacme", "U+202E")]
    public void A_tenant_name_with_an_invisible_character_fails_validation(string name, string what)
    {
        var d = Assert.Single(Validate($$"""{ "name": {{Newtonsoft.Json.JsonConvert.ToString(name)}}, "repository": "a.git" }"""));

        Assert.Equal("XL2009", d.Code);
        Assert.Contains(what, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tenant_names_that_sanitize_alike_get_distinct_cache_folders()
    {
        // BranchTemplate.Sanitize gives all of these "shop-acme": one cache folder shared by four tenants.
        string[] names = ["shop:acme", "shop/acme", "shop-acme", "Shop-Acme", "shop acme"];

        var folders = names.Select(TenantNames.FolderName).ToArray();

        Assert.Equal(names.Length, folders.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["shop_3aacme", "shop_2facme", "shop-acme", "_53hop-_41cme", "shop_20acme"], folders);
    }

    [Theory]
    [InlineData("con", "_63on")]
    [InlineData("NUL", "_4e_55_4c")]
    [InlineData("lpt1.acme", "_6cpt1.acme")]
    [InlineData(".", "_2e")]
    [InlineData("..", "_2e_2e")]
    [InlineData("a.", "a_2e")]
    public void A_tenant_folder_is_never_a_windows_device_name_nor_dots(string name, string folder) =>
        Assert.Equal(folder, TenantNames.FolderName(name));

    [Fact]
    public void Tenant_folder_names_are_distinct_safe_and_short_for_any_names()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const(':'), Gen.Const('/'), Gen.Const('.'), Gen.Const('_'), Gen.Const('-'), Gen.Const('é'), Gen.Const('~'));
        var names = Gen.OneOf(Gen.String[chars, 1, 8], Gen.String[chars, 90, 100]);
        Gen.Select(names, names).Sample((x, y) =>
        {
            var (fx, fy) = (TenantNames.FolderName(x), TenantNames.FolderName(y));
            Assert.True(x == y || !string.Equals(fx, fy, StringComparison.OrdinalIgnoreCase), $"'{x}' and '{y}' share the folder {fx}");
            foreach (var folder in new[] { fx, fy })
            {
                Assert.Matches("^[a-z0-9_~-][a-z0-9_.~-]*$", folder);
                Assert.False(folder.EndsWith('.'), folder);
                Assert.False(Model.NameRules.IsReservedDeviceName(folder), folder);
                Assert.InRange(folder.Length, 1, 120);
            }
        });
    }
}
