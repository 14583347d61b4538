-- Which service process (replica) runs or ran a solve job: openwfm.node-id, by default host name and process id.
alter table schedule add column solved_by varchar(200);
