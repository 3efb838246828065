using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChaosBench.Cli.Styling;
using ChaosBench.Images;
using Spectre.Console;

namespace ChaosBench.Cli;

/// <summary>One line of <c>images list</c>: a recipe, its image's tag and state, where the recipe came from, the users it pins, the packages inside.</summary>
/// <param name="Users">The system users the recipe pins (<c>postgres 999</c>), built or not.</param>
/// <param name="Packages">The package versions the built image carries; null when it is not built.</param>
internal sealed record RecipeRow(string Recipe, string Tag, string State, string From, IReadOnlyList<RecipeUser> Users, IReadOnlyDictionary<string, string>? Packages)
{
    /// <summary>As JSON, as a table on a terminal, else as today's tab-separated lines.</summary>
    public static void Write(IReadOnlyList<RecipeRow> rows, bool json)
    {
        if (json)
        {
            var array = new JsonArray([.. rows.Select(r => new JsonObject
            {
                ["recipe"] = r.Recipe,
                ["tag"] = r.Tag,
                ["state"] = r.State,
                ["from"] = r.From,
                ["users"] = new JsonObject(r.Users.Select(u => KeyValuePair.Create(u.Name, (JsonNode?)u.Id))),
                ["packages"] = r.Packages is null ? null : new JsonObject(r.Packages.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            })]);
            Console.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        else if (ConsoleStyle.Tables() is { } console)
        {
            var table = new Table().AddColumn("recipe").AddColumn("tag").AddColumn("state").AddColumn("from").AddColumn("users").AddColumn("packages");
            rows.ToList().ForEach(r => table.AddRow(Markup.Escape(r.Recipe), Markup.Escape(r.Tag), r.State == "built" ? "[green]built[/]" : $"[yellow]{r.State}[/]", Markup.Escape(r.From), Markup.Escape(r.UserText), Markup.Escape(r.PackageText)));
            console.Write(table);
        }
        else
        {
            Console.WriteLine("recipe\ttag\tstate\tfrom\tusers\tpackages");
            rows.ToList().ForEach(r => Console.WriteLine($"{r.Recipe}\t{r.Tag}\t{r.State}\t{r.From}\t{r.UserText}\t{r.PackageText}"));
        }
    }

    private string UserText => Users.Count == 0 ? "-" : string.Join(", ", Users.Select(u => $"{u.Name} {u.Id}"));

    private string PackageText => Packages is null ? "-" : string.Join(", ", Packages.Select(p => $"{p.Key} {p.Value}"));
}
