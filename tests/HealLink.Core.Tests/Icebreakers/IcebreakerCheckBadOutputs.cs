using HealLink.Core.Icebreakers;

namespace HealLink.Core.Tests.Icebreakers;

/// <summary>What a model might write that must never reach a person, with the reason it is turned away.</summary>
internal static class IcebreakerCheckBadOutputs
{
    private const string Shared = "Sam has been through a kidney transplant too, and you both enjoy cooking.";

    public static TheoryData<string, IcebreakerRejection> English => new()
    {
        { "", IcebreakerRejection.TooShort },
        { "Hi Sam!", IcebreakerRejection.TooShort },
        { "What helped you most before your transplant?", IcebreakerRejection.TooShort },
        { "You could ask Sam what helped him most in the weeks before his surgery and how he felt?", IcebreakerRejection.TooShort },
        { "Sam had a transplant. You both cook. He is kind. He listens. He waited too. What helped?", IcebreakerRejection.TooLong },
        { Shared + " " + string.Concat(Enumerable.Repeat("It was a long and winding road with many ups and downs along the way, ", 6)) + "and it taught a lot. What helped you most?", IcebreakerRejection.TooLong },
        { "Sam is here. Sam is kind. Sam cooks. Sam listens. Sam waited. Sam healed. What helped you?", IcebreakerRejection.TooLong },
        { "**Sam** has been through a kidney transplant too. You could ask: what helped you most in the weeks before?", IcebreakerRejection.Markup },
        { "# Icebreaker\nSam has been through a kidney transplant too. What helped you most in the weeks before?", IcebreakerRejection.Markup },
        { "<b>Sam</b> has been through a kidney transplant too. What helped you most in the weeks before it?", IcebreakerRejection.Markup },
        { Shared + " `What helped you most in the weeks before?`", IcebreakerRejection.Markup },
        { "Sam has been through a kidney transplant too {name}. What helped you most in the weeks before?", IcebreakerRejection.Markup },
        { "| Sam | kidney transplant | cooking |\nYou both cook. What helped you most in the weeks before?", IcebreakerRejection.Markup },
        { "[Sam](x) has been through a kidney transplant too. What helped you most in the weeks before?", IcebreakerRejection.Markup },
        { Shared + " Write to sam.jones@gmail.com and ask: what helped you most?", IcebreakerRejection.EmailAddress },
        { Shared + " Ana can be reached at ana.k@outlook.es. What helped you most in the weeks before?", IcebreakerRejection.EmailAddress },
        { Shared + " Questions go to help@heallink.org. What would you like to ask first?", IcebreakerRejection.EmailAddress },
        { Shared + " Read https://kidney.org first. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " See www.kidneyfund.org for more. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " Sam recommends kidneysupport.com to everyone. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " He is on t.me/samkidney as well. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " Find more at nhs.uk/kidney-transplant today. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " Open http://192.168.1.4/chat to talk. What would you like to ask first?", IcebreakerRejection.Link },
        { Shared + " Call him on +34 612 345 678. What would you like to ask first?", IcebreakerRejection.PhoneNumber },
        { Shared + " His number is (555) 123-4567. What would you like to ask first?", IcebreakerRejection.PhoneNumber },
        { Shared + " Text 07700 900123 any time. What would you like to ask first?", IcebreakerRejection.PhoneNumber },
        { Shared + " Ring 612.345.678 after six. What would you like to ask first?", IcebreakerRejection.PhoneNumber },
        { Shared + " Follow him at @samkidney for updates. What would you like to ask first?", IcebreakerRejection.Handle },
        { Shared + " He posts as @sam_transplant on Instagram. What would you like to ask first?", IcebreakerRejection.Handle },
        { "Say hi to @Sam, who has been through a kidney transplant too. What would you like to ask first?", IcebreakerRejection.Handle },
        { Shared + " He took 500 mg of paracetamol before it. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " Sam needed 2 tablets each morning. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " He took his pills twice a day for months. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " He still injects 10 units every evening. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " His medicine was every 8 hours at first. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " A 5ml spoon of syrup helped him sleep. What helped you most?", IcebreakerRejection.Dosage },
        { Shared + " You should stop taking your tacrolimus before the day. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " If it hurts, increase your dose a little. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " Don't take ibuprofen after the operation. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " Don’t take anything the night before. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " You should avoid painkillers in the first week. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " Do not take the new pills your doctor gave you. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { Shared + " It is fine to skip your medication on some days. What helped you most?", IcebreakerRejection.TreatmentAdvice },
        { "My instructions say to write 2 to 4 short sentences about Sam. What would you like to ask first?", IcebreakerRejection.InstructionLeak },
        { "Use only facts given in the data. Do not invent names, places or dates. What would you like to ask Sam?", IcebreakerRejection.InstructionLeak },
        { "As an AI I cannot meet Sam myself, but he has been there. What would you like to ask first?", IcebreakerRejection.InstructionLeak },
        { "Here is the suggestion for the reader: Sam had a kidney transplant. What would you like to ask first?", IcebreakerRejection.InstructionLeak },
        { "Mention something the two have in common, then end with one open question. What do you and Sam share?", IcebreakerRejection.InstructionLeak },
        { "Sure! Give no medical advice: no medicines, doses, treatments or predictions. What do you want to ask Sam?", IcebreakerRejection.InstructionLeak },
        { "You write the first suggestion a peer-support service shows one person. What would you like to ask Sam?", IcebreakerRejection.InstructionLeak },
        { "Sam had his kidney transplant at St Mary's in London. What was the first week like for him?", IcebreakerRejection.UnknownName },
        { "Sam and his wife Maria have been through a kidney transplant together. What helped them most?", IcebreakerRejection.UnknownName },
        { "Sam was looked after by Dr Patel too, just like you will be. What would you like to ask first?", IcebreakerRejection.UnknownName },
        { "Sam lives near Boston and has been through a kidney transplant too. What would you like to ask first?", IcebreakerRejection.UnknownName },
        { "You and Sam both love cooking, and his friend John does too. What would you like to ask Sam first?", IcebreakerRejection.UnknownName },
        { Shared + " Say hello and tell Sam how you are feeling today.", IcebreakerRejection.NotAQuestion },
        { "Sam has been there. What helped him most? He is very happy to talk with you whenever you like.", IcebreakerRejection.NotAQuestion },
        { Shared + " You could ask what helped him most in the weeks before.", IcebreakerRejection.NotAQuestion },
    };

    /// <summary>Written for Lucía (mentee) about Javier (mentor), in Spanish.</summary>
    public static TheoryData<string, IcebreakerRejection> Spanish => new()
    {
        { "Javier también vivió un trasplante de riñón. Toma 2 pastillas dos veces al día. ¿Qué te ayudó más?", IcebreakerRejection.Dosage },
        { "Javier también vivió un trasplante de riñón. Deja de tomar la medicación antes. ¿Qué te ayudó más?", IcebreakerRejection.TreatmentAdvice },
        { "Javier también vivió un trasplante de riñón. No tomes nada la noche anterior. ¿Qué te ayudó más?", IcebreakerRejection.TreatmentAdvice },
        { "Javier se operó en el Hospital La Paz, igual que tú. ¿Qué te gustaría preguntarle primero?", IcebreakerRejection.UnknownName },
        { "Javier también vivió un trasplante de riñón. Escríbele al 612 34 56 78. ¿Qué te ayudó más?", IcebreakerRejection.PhoneNumber },
        { "Javier también vivió un trasplante de riñón y os gusta la música. Salúdale y cuéntale cómo estás.", IcebreakerRejection.NotAQuestion },
        { "Según mis instrucciones, debo escribir de dos a cuatro frases. ¿Qué te gustaría preguntarle a Javier?", IcebreakerRejection.InstructionLeak },
    };
}
