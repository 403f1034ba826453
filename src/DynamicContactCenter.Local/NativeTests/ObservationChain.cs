using System.Globalization;
using System.Text.Json.Nodes;

namespace DynamicContactCenter.Local.NativeTests;

/// <summary>The observations of one test case, in the order the run met them, each leading to the next: a linear chain, so every
/// observation is reachable from the first. Identifiers are positional (<c>observation-3</c>, <c>observation-3-action-2</c>), so
/// re-exporting an unchanged scenario writes the same bytes.</summary>
internal sealed class ObservationChain
{
    private readonly List<Observation> _observations = [];

    /// <summary>How many observations there are.</summary>
    public int Count => _observations.Count;

    /// <summary>The latest observation (the one the next action belongs to).</summary>
    public Observation Last => _observations[^1];

    /// <summary>Appends an observation waiting for <paramref name="evt"/> and returns it.</summary>
    public Observation Add(JsonObject evt)
    {
        var observation = new Observation(evt);
        _observations.Add(observation);
        return observation;
    }

    /// <summary>The <c>Observations</c> array.</summary>
    public JsonArray ToJson()
    {
        var array = new JsonArray();
        for (var i = 0; i < _observations.Count; i++)
        {
            var id = Id(i);
            var observation = _observations[i];
            observation.Event["Identifier"] = $"{id}-event";
            var actions = new JsonArray();
            for (var a = 0; a < observation.Actions.Count; a++)
            {
                var action = observation.Actions[a];
                action["Identifier"] = ActionId(id, a);
                // Actions run in order; the last one leads nowhere (the form AWS's example test uses).
                action["Transitions"] = new JsonObject { ["NextAction"] = a + 1 < observation.Actions.Count ? ActionId(id, a + 1) : "" };
                actions.Add(action);
            }

            var next = new JsonArray();
            if (i + 1 < _observations.Count) next.Add(Id(i + 1));
            array.Add(new JsonObject
            {
                ["Identifier"] = id,
                ["Event"] = observation.Event,
                ["Actions"] = actions,
                ["Transitions"] = new JsonObject { ["NextObservations"] = next },
            });
        }

        return array;
    }

    private static string Id(int index) => "observation-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string ActionId(string observation, int index) => $"{observation}-action-{(index + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One observation being built: the event it waits for and the actions it then runs.</summary>
    internal sealed class Observation(JsonObject evt)
    {
        public JsonObject Event { get; } = evt;

        public List<JsonObject> Actions { get; } = [];
    }
}
