import { PrismaRepository, ArchiveRepository, ArchiveService, PrismaService } from "./prisma.service";

declare const require: (path: string) => any;
const { RenamedKeyRepository: Renamed } = require("./required.repository");
export const renamed = new Renamed(new PrismaRepository<"apiKey">(new PrismaService()), new ArchiveRepository<"environment">(new ArchiveService()));

const Member = require("./required.repository").MemberKeyRepository;
export const member = new Member(new PrismaRepository<"apiKey">(new PrismaService()), new ArchiveRepository<"environment">(new ArchiveService()));
