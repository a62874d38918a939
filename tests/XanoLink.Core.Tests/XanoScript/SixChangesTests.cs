using Newtonsoft.Json.Linq;
using XanoLink.Diff;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>Xano Link's own example (reference/xano-link.txt): six changes between two versions of an endpoint.</summary>
public sealed class SixChangesTests
{
    private const string Before = """
        query "products" verb=POST {
          api_group = "products"
          auth = "user"

          input {
            timestamp created_at?=now
            text name filters=trim
            text category?
            decimal value
          }

          stack {
            db.add product {
              data = {
                name    : $input.name
                category: $input.category
                value   : $input.value
              }
            } as $product
          }

          response = $product
        }
        """;

    private const string After = """
        query "products" verb=POST {
          api_group = "products"
          auth = "user"

          input {
            text name filters=trim|lower
            text category?="general"
            decimal value filters=min:0
          }

          stack {
            db.add product {
              data = {
                name    : $input.name
                category: $input.category
                value   : $input.value
              }
            } as $product

            api.request {
              url = "https://hooks.example.com/products"
              method = "POST"
              params = {id: $product.id}
            } as $hook

            var $result {
              value = {product: $product, notified: $hook.response.status == 200}
            }
          }

          response = $product
        }
        """;

    [Fact]
    public void The_two_versions_differ_by_exactly_the_six_changes_Xano_Link_shows()
    {
        var before = XanoScriptReader.Read("before.xs", XanoStyle.Of(Before)).Documents.Single().Model;
        var after = XanoScriptReader.Read("after.xs", XanoStyle.Of(After)).Documents.Single().Model;

        var (changes, _) = ObjectDiffer.Compare(before, after);

        Assert.Equal(
            [
                "Input created_at Deleted",
                "Input name Edited",
                "Input category Edited",
                "Input value Edited",
                "Step API Request Added",
                "Step Create Variable Added",
            ],
            changes.Select(c => $"{c.Kind} {c.Name} {c.Change}").ToArray());
    }

    [Fact]
    public void A_statement_the_JSON_format_lacks_is_named_as_Xanos_editor_names_it()
    {
        var before = XanoScriptReader.Read("before.xs", XanoStyle.Of(Before)).Documents.Single().Model;
        var after = (JObject)before.DeepClone();
        ((JArray)after["steps"]!).Add(new JObject { ["op"] = "precondition", ["if"] = "$product != null", ["error"] = "not saved" });

        var (changes, _) = ObjectDiffer.Compare(before, after);

        Assert.Equal(["Step Precondition Added"], changes.Select(c => $"{c.Kind} {c.Name} {c.Change}").ToArray());
    }
}
