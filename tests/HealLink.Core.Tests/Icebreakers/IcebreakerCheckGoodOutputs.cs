namespace HealLink.Core.Tests.Icebreakers;

/// <summary>What a good model writes: varied, warm, grounded in the profiles, ending in a question.</summary>
internal static class IcebreakerCheckGoodOutputs
{
    /// <summary>For Ana (mentee) about Sam (mentor).</summary>
    public static TheoryData<string> ForAna =>
    [
        "Sam has been through a kidney transplant too, and you both enjoy cooking. You could ask: what helped you most in the weeks before?",
        "You and Sam share more than a kidney transplant: you both love cooking. Why not ask what a good day looked like during recovery?",
        "Sam knows what waiting for a kidney transplant feels like. A gentle first question could be: what do you wish someone had told you back then?",
        "Sam went through a kidney transplant a couple of years ago and offered to listen. You might ask how the first weeks at home felt?",
        "Hi Ana! Sam has walked the kidney transplant path and is glad to talk. What would you most like to ask about preparing for it?",
        "Sam also likes cooking, so that could be an easy start. Then you could ask: what helped you feel ready for the day itself?",
        "It can feel strange to write the first message. Sam has been where you are now. What was the hardest part of waiting for you?",
        "Sam has been through this and can talk about preparing for surgery. You could ask: how did you get ready in the last few days?",
        "Sam offered to share what the kidney transplant was like. You both enjoy cooking, too. What did you cook when you felt like yourself again?",
        "Sam knows how anxious the wait can feel. You could start by asking: what helped you keep calm before your transplant?",
        "You and Sam both enjoy cooking 🍲. Sam has been through a kidney transplant and is happy to listen. What would help you most right now?",
        "Sam remembers the days before a kidney transplant well. A simple way to begin: what surprised you most about that time?",
        "Sam had a kidney transplant and is here for you. How about asking: what gave you strength while you were waiting?",
        "Sam is glad to talk with you about what lies ahead. You could ask: is there anything you would do differently if you were preparing again?",
        "You're not alone in this — Sam has been through a kidney transplant too. Maybe ask: what helped your family most back then?",
        "Sam can talk about anxiety and mood as well as the surgery itself. You could ask: how did you look after your worries before the operation?",
        "Sam said yes because he remembers how it felt to be where you are. What would you like to know first? 😊",
        "Cooking is something you and Sam both enjoy. Sam also went through a kidney transplant. What is one thing you'd like to ask him on Monday?",
    ];

    /// <summary>For Sam (mentor) about Ana (mentee).</summary>
    public static TheoryData<string> ForSam =>
    [
        "Ana is preparing for a kidney transplant, something you know well. You could ask: what's on your mind as the day gets closer?",
        "Ana would like to hear from someone who has been through a kidney transplant. You both enjoy cooking, too. How are you feeling about the weeks ahead?",
        "You and Ana share a love of cooking. Ana is getting ready for a kidney transplant. What would be most useful for you to talk about first?",
        "Ana is at the start of the path you walked. Sharing a line about your own experience might help. What questions are on your mind right now?",
        "Ana chose to talk with someone who has lived through a kidney transplant. A warm way in: how are you doing this week?",
        "Ana is preparing for her kidney transplant and would value your story. You could ask: what would make the waiting a little easier?",
    ];

    /// <summary>For Lucía (mentee) about Javier (mentor), and the other way round, in Spanish.</summary>
    public static TheoryData<string> ForLucia =>
    [
        "Javier también pasó por un trasplante de riñón y se ofreció a escucharte. Podrías preguntarle: ¿qué te ayudó más en las semanas de antes?",
        "A los dos les gusta la música. Javier ya vivió un trasplante de riñón. ¿Qué te gustaría preguntarle primero?",
        "Javier conoce bien lo que es esperar un trasplante de riñón. Una buena forma de empezar: ¿cómo te preparaste para el día de la operación?",
        "Hola, Lucía. Javier vivió su propio trasplante de riñón y tiene ganas de hablar contigo. ¿Qué es lo que más te preocupa ahora?",
        "Javier ya pasó por esto y puede hablar de cómo prepararse para la cirugía. Podrías preguntarle: ¿qué te habría gustado saber antes?",
        "No estás sola: Javier vivió un trasplante de riñón hace un par de años. ¿Qué te ayudó a mantener la calma mientras esperabas?",
    ];

    public static TheoryData<string> ForJavier =>
    [
        "Lucía se está preparando para un trasplante de riñón, algo que tú conoces bien. Podrías preguntarle: ¿cómo te sientes ahora que se acerca el día?",
        "A Lucía y a ti les gusta la música. Ella está a punto de vivir un trasplante de riñón. ¿Qué te gustaría contarle de tu experiencia?",
        "Lucía quería hablar con alguien que ya vivió un trasplante de riñón. Una forma sencilla de empezar: ¿qué es lo que más te preocupa de lo que viene?",
        "Lucía y tú comparten el gusto por la música. Podrías contarle algo de tu experiencia. ¿Cómo van estos días de espera?",
    ];
}
